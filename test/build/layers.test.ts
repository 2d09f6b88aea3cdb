/**
 * Dependencies point one way: the model, the renderers and the build never reach into the command
 * line or the designer page (they call the model, not the other way round), and the model uses no
 * Node built-in, so the browser runs it as the build does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);

describe('layers', () => {
  it.each(['src/build', 'src/model', 'src/render'])('%s imports nothing from src/cli or src/designer', (dir) => {
    for (const file of files(dir)) {
      for (const spec of imports(file)) expect(spec, file).not.toMatch(/(^|\/)(cli|designer)\//);
    }
  });

  it('the model imports no Node built-in', () => {
    for (const file of files('src/model')) {
      for (const spec of imports(file)) expect(spec, file).not.toMatch(/^node:|^(fs|path|os|url|worker_threads)$/);
    }
  });
});
