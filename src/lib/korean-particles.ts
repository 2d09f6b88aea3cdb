/**
 * Korean particles that change with the sound the word before them ends in (이/가, 을/를, 으로/로 …),
 * for words that end in Hangul, digits, Latin letters or codes. Templates use `withParticle` to
 * attach them; the content check uses `particleSlips` to find ones written the wrong way round.
 * Plain TypeScript: it runs in the build, in the browser and in the checks alike.
 */

/** How a word ends when read aloud: no final consonant, ㄹ (which takes 로), or another one. */
export type FinalSound = 'none' | 'rieul' | 'other';

/** Each particle as [after a final consonant, after a vowel]. 으로/로 also takes 로 after ㄹ. */
const pairs = {
  이: ['이', '가'],
  은: ['은', '는'],
  을: ['을', '를'],
  과: ['과', '와'],
  으로: ['으로', '로'],
  이에요: ['이에요', '예요'],
  이라는: ['이라는', '라는'],
  이라고: ['이라고', '라고'],
  이나: ['이나', '나'],
  이랑: ['이랑', '랑'],
} as const;
export type Particle = keyof typeof pairs;

// How the digits are read (일, 이, 삼 …). Tens, hundreds, thousands and ten-thousands (십, 백, 천, 만)
// and 영 all end in a consonant that is not ㄹ, so a trailing 0 reads as 'other' whatever the place.
const digitSound: readonly FinalSound[] = ['other', 'rieul', 'none', 'other', 'none', 'none', 'other', 'rieul', 'rieul', 'none'];

// Capital letters are read by their names (엘, 엠, 엔, 알 end in a consonant; 에이, 비, 씨 … do not).
const letterSound = (letter: string): FinalSound => (/[LR]/.test(letter) ? 'rieul' : /[MN]/.test(letter) ? 'other' : 'none');

const hangul = (ch: string) => {
  const code = ch.codePointAt(0)! - 0xac00;
  return code >= 0 && code < 11172 ? code : null;
};

/** Closing quotes and brackets a particle may follow: "상담원"이, (K000004177)로. */
const closers = /["'”’」』?!.…]+$/u;

/**
 * The part of `word` whose sound the particle follows: the inside of closing quotes, and the word
 * before a closing bracket ("코드(K000004177)로" follows 코드, as Korean spelling rules read it).
 */
function soundingPart(word: string): string {
  let w = word.replace(closers, '');
  while (w.endsWith(')')) {
    // The bracket that this one closes, counting brackets nested inside it.
    let depth = 0;
    let open = -1;
    for (let i = w.length - 1; i >= 0; i--) {
      if (w[i] === ')') depth++;
      else if (w[i] === '(' && --depth === 0) {
        open = i;
        break;
      }
    }
    if (open <= 0) break;
    w = w.slice(0, open).replace(/\s+$/, '').replace(closers, '');
  }
  return w;
}

/**
 * The final sound of `word` when the reading is certain: Hangul, digits, capital letters (read by
 * their names), and %. null for anything else (a lowercase Latin word such as "Google" is read as a
 * word, and no simple rule gives its last sound).
 */
export function certainFinalSound(word: string): FinalSound | null {
  const last = soundingPart(word).at(-1);
  if (last === undefined) return null;
  const syllable = hangul(last);
  if (syllable !== null) {
    const jong = syllable % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  if (/[0-9]/.test(last)) return digitSound[Number(last)]!;
  if (/[A-Z]/.test(last)) return letterSound(last);
  if (last === '%') return 'none'; // 퍼센트
  return null;
}

/** The final sound of `word`, with a best guess for Latin words (…l/r → ㄹ, …m/n/ng → other). */
export function finalSound(word: string): FinalSound {
  const certain = certainFinalSound(word);
  if (certain) return certain;
  const w = soundingPart(word);
  if (/ng$/i.test(w)) return 'other';
  return letterSound((w.at(-1) ?? '').toUpperCase());
}

/** The form of `particle` that follows a word ending in `sound`. */
export function particleFor(sound: FinalSound, particle: Particle): string {
  const [withFinal, withoutFinal] = pairs[particle];
  if (particle === '으로') return sound === 'other' ? withFinal : withoutFinal;
  return sound === 'none' ? withoutFinal : withFinal;
}

/** `word` with `particle` attached in the form its last sound takes: withParticle('K000004177', '을') → "K000004177을". */
export function withParticle(word: string, particle: Particle): string {
  return word + particleFor(finalSound(word), particle);
}

/** Every written form, longest first, with the particle it is a form of and what may follow it. */
const forms: { form: string; particle: Particle }[] = (Object.entries(pairs) as [Particle, readonly [string, string]][])
  .flatMap(([particle, [a, b]]) => [a, b].map((form) => ({ form, particle })))
  .sort((x, y) => y.form.length - x.form.length);

/** Particles that can stand after 으로/로 (으로는, 로도, 으로서 …). */
const afterRo = ['는', '도', '서', '써', '부터', '의', '만'];

export interface ParticleSlip {
  /** Offset in the text of the word the particle is attached to. */
  index: number;
  /** The word with the particle as written. */
  written: string;
  /** The same with the particle the word's sound takes. */
  expected: string;
}

/**
 * Particles attached the wrong way round in running text, where the reading is certain: right after
 * a digit, a capital letter, a code or %, and after a closing quote or bracket. A particle straight
 * after a Hangul syllable is left alone: there 이, 가, 나 … may just as well be part of the word.
 */
export function particleSlips(text: string): ParticleSlip[] {
  const slips: ParticleSlip[] = [];
  for (const m of text.matchAll(/[^\s]+/gu)) {
    const chunk = m[0].replace(/[.,!?;:…·)\]]+$/u, '');
    for (const { form, particle } of forms) {
      const tail = chunk.endsWith(form) ? '' : particle === '으로' ? afterRo.find((x) => chunk.endsWith(form + x)) : undefined;
      if (tail === undefined) continue;
      const stem = chunk.slice(0, chunk.length - form.length - tail.length);
      if (!/[0-9A-Z%"'”’」』)]$/u.test(stem)) continue;
      // The whole text before the particle: a bracket may have opened a few words earlier.
      const sound = certainFinalSound(text.slice(0, m.index + stem.length));
      if (sound === null) break;
      const right = particleFor(sound, particle);
      if (right !== form) slips.push({ index: m.index, written: stem + form + tail, expected: stem + right + tail });
      break;
    }
  }
  return slips;
}
