/** Downloads beside each lesson page: /lessons/<id>/<id>.docx and /lessons/<id>/<id>.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteLessonDesigns } from '../../../model/lesson/site.ts';
import type { LessonDesign } from '../../../model/lesson/types.ts';
import { lessonDocx } from '../../../render/docx/lesson-docx.ts';
import { lessonJson } from '../../../render/lesson-json.ts';

export const getStaticPaths = (() =>
  siteLessonDesigns().flatMap((design) => [
    { params: { id: design.id, file: `${design.id}.docx` }, props: { design, format: 'docx' as const } },
    { params: { id: design.id, file: `${design.id}.json` }, props: { design, format: 'json' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { design, format } = props as { design: LessonDesign; format: 'docx' | 'json' };
  if (format === 'json') return new Response(lessonJson(design), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  const bytes = await lessonDocx(design);
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
