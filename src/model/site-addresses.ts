/** Every page and download address of a site, from the route table and the site model. */
import { duties } from './ncs/lookup.ts';
import { routes } from './routes.ts';
import type { SiteModel } from './site.ts';

/** Site paths without the base, each once, in a stable order. `lessonIds` are the designs the site shows. */
export function siteAddresses(site: SiteModel, lessonIds: readonly string[]): string[] {
  return [
    routes.home(),
    routes.jobs(),
    ...site.jobs.map((j) => routes.job(j.id)),
    routes.ncs(),
    ...duties(site.ncs).map((d) => routes.duty(d.code)),
    ...[...site.ncs.units.keys()].map(routes.unit),
    routes.lessons(),
    routes.designer(),
    ...lessonIds.flatMap((id) => [routes.lesson(id), routes.lessonFile(id), routes.lessonSlides(id)]),
    routes.paths(),
    ...site.paths.map((p) => routes.path(p.id)),
    routes.guides(),
    ...site.guides.map((g) => routes.guide(g.id)),
    routes.search(),
    routes.searchAll(),
    routes.selfCheck(),
    routes.questions(),
    routes.teachers(),
  ];
}
