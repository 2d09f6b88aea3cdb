import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadNcsCatalog } from '../../src/site-content/ncs.ts';
import { readNcsFiles } from '../../src/ncs-import/read-files.ts';
import { customerManagementFixture, CUSTOMER_MANAGEMENT_XLSX } from '../fixtures/ncs/customer-management.ts';
import { content, copyOfProjectNcs, siblings, snapshot } from '../ncs-import/support.ts';

const run = promisify(execFile);
const NODE = 'node_modules/.bin/node';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(NODE, ['scripts/import-ncs.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run import:ncs', () => {
  it('the committed 02010302 fixture matches its definition (not stale)', async () => {
    expect(content(await readNcsFiles([CUSTOMER_MANAGEMENT_XLSX]))).toEqual(content(customerManagementFixture));
  });

  it('imports the 고객관리 export: seven units with elements and criteria, project records kept', { timeout: 60_000 }, async () => {
    const out = await copyOfProjectNcs();
    const before = loadNcsCatalog(out);
    const { code, stderr } = await cli([CUSTOMER_MANAGEMENT_XLSX, '--duty', '02010302', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/\[0\.\d초\] 읽기/);
    expect(stderr).toMatch(/끝 \(.*\): 세분류 1개, 능력단위 7개, 요소 14개, 수행준거 42개, 지식·기술·태도 56개/);
    const after = loadNcsCatalog(out);
    const units = after.unitsByDuty.get('02010302')!;
    expect(units.map((u) => u.code).sort()).toEqual(customerManagementFixture.units.map((u) => u.code));
    for (const u of units) {
      expect(u.source).toBe('ncs-db-export');
      expect(u.elements).toHaveLength(2);
      expect(u.elements[0]!.criteria.map((c) => c.label)).toEqual(['1.1', '1.2', '1.3']);
      expect(u.elements[0]!.name).toMatch(/^\(예시\)/);
      // What the official files do not carry stays as the project wrote it.
      expect(u.ksaOverview).toEqual(before.units.get(u.code)!.ksaOverview);
      expect(u.basicCompetences).toEqual(before.units.get(u.code)!.basicCompetences);
    }
    expect(after.sources.get('ncs-db-export')?.note).toContain('02010302-customer-management.xlsx');
    // Other 세분류 are untouched.
    expect(readFileSync(join(out, 'units/02010304.yaml'), 'utf8')).toBe(readFileSync('content/ncs/units/02010304.yaml', 'utf8'));
  });

  it('refuses an unknown 세분류 with exit code 1 and leaves the folder as it was', { timeout: 60_000 }, async () => {
    const out = await copyOfProjectNcs();
    const before = snapshot(out);
    const around = siblings(out);
    const { code, stderr } = await cli([CUSTOMER_MANAGEMENT_XLSX, '--duty', '99999999', '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`가져오지 않았어요. ${out}은(는) 그대로예요.`);
    expect(stderr).toContain('파일 (명령줄), 행 1, 열 --duty: 세분류 99999999는 읽은 파일 어디에도 없습니다');
    expect(snapshot(out)).toEqual(before);
    expect(siblings(out)).toEqual(around);
  });

  // A child process: on two loaded cores its start alone can pass vitest's default 5 s.
  it('asks for files when given none, and names a bad option in one line', async () => {
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('가져올 파일을 적어 주세요');
    const unknown = await cli(['a.xlsx', '--dutty', '02010302']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      '없는 옵션이에요: --dutty. 쓸 수 있는 옵션: --duty, --include-retired, --out, --base, --year, --help',
    );
  }, 30_000);
});
