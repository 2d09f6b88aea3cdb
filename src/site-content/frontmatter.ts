/** The one frontmatter reader: splits an MDX page into its YAML frontmatter and its body. */
import { DataError } from '../model/ncs/errors.ts';
import { readYaml, type YamlFile } from './yaml.ts';

export interface PageText {
  /** The frontmatter; its lines count from the top of the .mdx file. */
  frontmatter: YamlFile;
  body: string;
}

export function readFrontmatter(file: string, text: string): PageText {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new DataError({ file, line: 1, problem: '맨 위에 --- 로 감싼 frontmatter가 없어요' });
  const [, front = '', body = ''] = match;
  // Line 1 is the opening ---, so YAML line n is file line n + 1.
  return { frontmatter: readYaml(file, front, 1), body };
}
