/**
 * Serves the last build on this computer: `npm run preview [-- --port 4321 --host]`, under the base
 * path the site was built for (dist/site-build.json), e.g. http://localhost:4321/career/.
 */
import { resolve } from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';

const { values } = readCommandLine({
  usage: 'npm run preview',
  summary: '빌드한 사이트를 이 컴퓨터에서 미리 보기 (빌드한 하위 경로 그대로)',
  options: {
    port: { type: 'integer', min: 0, max: 65535, default: 4321, help: '포트 (0이면 비어 있는 아무 포트)' },
    host: { type: 'string', hint: '주소', help: '다른 컴퓨터에서도 열게 할 주소 (예: 0.0.0.0; 기본은 이 컴퓨터에서만)' },
  },
});
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { previewSite } = await import('../src/build/site/preview.ts');
const result = await previewSite({
  root: process.cwd(),
  out: resolve(process.env.SITE_OUT_DIR || 'dist'),
  port: values.port,
  host: values.host,
});
if ('problem' in result) {
  console.error(result.problem);
  process.exitCode = 1;
}
