/**
 * Builds the site into dist/ (or SITE_OUT_DIR): `npm run build`. Settings come from SITE_BASE,
 * SITE_URL, SITE_CONTENT_DIR, SITE_OUT_DIR and SITE_CACHE_DIR (README, "주소 정하기"). The new
 * site replaces the old one only when every step succeeded; see src/build/site/.
 */
import { readCommandLine } from '../src/cli/command-line.ts';
import { runBuild } from '../src/build/site/command.ts';

// No flags: the settings are environment variables, so a school's deploy script sets them once.
readCommandLine({
  usage: 'npm run build',
  summary: '사이트를 만들어 dist/에 두기 (모두 성공했을 때만 지난번 사이트와 바꿔요)',
  options: {},
  notes: [
    '설정은 옵션이 아니라 환경 변수로 줘요 (README "주소 정하기"):',
    '  SITE_BASE=/career/         올릴 하위 경로 (기본 /)',
    '  SITE_URL=https://학교주소   사이트의 전체 주소 (없으면 사이트맵과 대표 주소 링크를 만들지 않아요)',
    '  SITE_OUT_DIR=폴더           결과 폴더 (기본 dist)',
    '  SITE_CONTENT_DIR=폴더       콘텐츠 폴더 (기본 content)',
  ].join('\n'),
});
process.exitCode = await runBuild();
