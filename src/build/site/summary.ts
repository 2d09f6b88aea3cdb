/** The few Korean lines every `npm run build` ends with: what was built, or what is wrong and what to do. */
import { relative, sep } from 'node:path';
import type { BuiltSite } from './build-site.ts';
import type { BuildProblem } from './failure.ts';
import type { BuildSettings } from './settings.ts';

/** A path as the admin typed it: relative to the project when inside it, with forward slashes. */
function shownPath(root: string, path: string): string {
  const rel = relative(root, path);
  return (rel.startsWith('..') || rel === '' ? path : rel).split(sep).join('/');
}

export function shownFolder(settings: Pick<BuildSettings, 'root' | 'out'>): string {
  return `${shownPath(settings.root, settings.out)}/`;
}

export function successSummary(built: BuiltSite): string {
  const { settings } = built;
  const folder = shownFolder(settings);
  const lines = [
    `사이트를 만들었어요 (${built.seconds.toFixed(1)}초): ${folder}`,
    `  쪽 ${built.pages}개, 수업 설계서 ${built.designs}개, 검색 색인 ${built.searchPages}쪽`,
    `  하위 경로: ${settings.base}` + (settings.base === '/' ? ' (누리집 맨 위에 올려요)' : ` (누리집의 ${settings.base} 폴더에 올려요)`),
    settings.site
      ? `  사이트맵: 켬 (${new URL(`${settings.base}sitemap-index.xml`, settings.site).href})`
      : '  사이트맵: 끔 (SITE_URL이 비어 있어 대표 주소와 사이트맵을 만들지 않았어요)',
  ];
  const file = (path: string) => shownPath(settings.root, path);
  const { apache, iis, nginx } = built.serverFiles;
  lines.push(`  서버 설정: ${file(apache)} (Apache), ${file(iis)} (IIS), ${file(nginx)} (nginx: 서버 설정에 넣어요)`);
  lines.push(`  미리 보기: npm run preview → http://localhost:4321${settings.base}`);
  return lines.join('\n');
}

export function failureSummary(problem: BuildProblem, settings: Pick<BuildSettings, 'root' | 'out'>, hadSite: boolean): string {
  const folder = shownFolder(settings);
  const kept =
    problem.kind === 'settings'
      ? '아무 파일도 바꾸지 않았어요.'
      : hadSite
        ? `${folder}는 지난번 사이트 그대로예요.`
        : `${folder}는 만들지 않았어요.`;
  const lines = [`사이트를 만들지 못했어요. ${kept}`];
  if (problem.where) lines.push(`  어디: ${problem.where}`);
  lines.push(`  무엇: ${problem.what.split('\n').join('\n        ')}`);
  if (problem.more > 0) lines.push(`  그 밖에 ${problem.more}건이 더 있어요.`);
  if (problem.kind === 'content') {
    lines.push('  할 일: 이 곳을 고친 뒤 npm run check:content 로 콘텐츠 전체를 검사하고, npm run build 를 다시 실행하세요.');
  } else if (problem.kind === 'folder') {
    lines.push('  할 일: 위 폴더를 쓰는 프로그램을 닫거나 폴더를 정리한 뒤 npm run build 를 다시 실행하세요.');
  } else if (problem.kind === 'settings') {
    lines.push('  할 일: 환경 변수를 고쳐 npm run build 를 다시 실행하세요 (README의 "주소 정하기").');
  } else {
    lines.push('  할 일: 다시 빌드해 보고, 또 실패하면 아래 내용을 개발자에게 알려 주세요.');
    if (problem.detail) lines.push('', problem.detail);
  }
  return lines.join('\n');
}
