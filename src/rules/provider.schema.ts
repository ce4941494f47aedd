/**
 * A provider's own copy: the file a POS service provider writes before `npm run build`
 * (`provider.json`; docs/deploy.md, "A provider's own copy") with its display name, its hotlines
 * with their 转 extensions and an optional one-line welcome, each in both languages. The build
 * checks it (scripts/provider-plugin.ts) and fails on a bad file with one line per bad field
 * (`provider.json: hotlines[1].number: not a phone number …`); the app only ever sees a file that
 * passed, so it carries no copy of these rules. Pure: valibot and the app's own rules.
 *
 * The file is the provider's, not the merchant's, but it is text from outside the sources, shown
 * on every merchant's phone: it is refused like a backup file is (size first, a reviver that
 * refuses prototype keys and script text, no field the app does not know), its texts get the
 * card-data guard and hold no web address (the app sends nobody to a web page), and its numbers
 * go through the phone rules every typed hotline goes through (rules/phone.ts) — and only those:
 * like the terminals form, the card guard is not run over a number that parses as a Chinese
 * phone number ("+86 138…" is 13 digits that pass Luhn one time in ten).
 */
import * as v from 'valibot';
import { containsCardData } from './cardGuard';
import { PROVIDER_LIMITS } from './limits';
import { parsePhone } from './phone';
import { HostileInput, isPlainObject, refuseHostile, tooLarge } from './untrustedJson';
import { findWebAddress } from './webAddress';

/**
 * Line breaks, tabs and other control characters (every text is one line on a phone), and the
 * direction overrides that make text read otherwise than it is stored.
 */
const CONTROL = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** What a strict object's own issues say: not an object, a field missing, a field unknown. */
function objectMessage(shape: string) {
  return (issue: v.BaseIssue<unknown>): string => {
    if (issue.expected === 'never') return `is not a field here (${shape})`;
    if (issue.input === undefined) return 'is missing';
    return `must be ${shape}`;
  };
}

/** A text a merchant reads: trimmed, one line, bounded, no card number, no web address. */
const DisplayText = (maxChars: number) =>
  v.pipe(
    v.string('must be text in quotes'),
    v.trim(),
    v.nonEmpty('is empty'),
    v.maxLength(maxChars, `is longer than ${maxChars} characters`),
    v.check(
      (t) => !CONTROL.test(t),
      'must be one line (no line breaks, tabs or control characters)',
    ),
    v.check((t) => !containsCardData(t), 'holds a card number'),
    v.check(
      (t) => findWebAddress(t) === null,
      'holds a web address (the app links to no web page)',
    ),
  );

/** The same text in both languages of the app. */
const Bilingual = (maxChars: number) =>
  v.strictObject(
    { zh: DisplayText(maxChars), en: DisplayText(maxChars) },
    objectMessage('{ "zh": "…", "en": "…" }'),
  );

/** A hotline as printed on the contract, checked by the rules every typed hotline meets. */
const HotlineNumber = v.pipe(
  v.string('must be text in quotes'),
  v.trim(),
  v.nonEmpty('is empty'),
  v.maxLength(
    PROVIDER_LIMITS.numberChars,
    `is longer than ${PROVIDER_LIMITS.numberChars} characters`,
  ),
  v.check(
    (n) => parsePhone(n).ok,
    'not a phone number (write it as on a contract: 400-123-4567 转 2, 0755-12345678, 138 1234 5678)',
  ),
);

const Hotline = v.strictObject(
  { label: Bilingual(PROVIDER_LIMITS.labelChars), number: HotlineNumber },
  objectMessage('{ "label": { "zh": "…", "en": "…" }, "number": "…" }'),
);

const ProviderSchema = v.strictObject(
  {
    name: Bilingual(PROVIDER_LIMITS.nameChars),
    hotlines: v.pipe(
      v.array(Hotline, 'must be a list: [{ "label": …, "number": … }, …]'),
      v.minLength(1, 'needs at least one hotline'),
      v.maxLength(PROVIDER_LIMITS.hotlines, `has more than ${PROVIDER_LIMITS.hotlines} hotlines`),
    ),
    welcome: v.optional(Bilingual(PROVIDER_LIMITS.welcomeChars)),
  },
  objectMessage('"name", "hotlines" and an optional "welcome"'),
);

/** A provider's copy as the app receives it: every text trimmed, every number as written. */
export type ProviderInfo = v.InferOutput<typeof ProviderSchema>;
export type ProviderHotline = ProviderInfo['hotlines'][number];

/** `problems`: one line per bad field, `<field>: <what is wrong>` (`hotlines[1].number: …`). */
export type ProviderParse =
  { ok: true; provider: ProviderInfo } | { ok: false; problems: string[] };

/** `hotlines[1].number` from valibot's path (keys, and indexes in brackets). */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  let field = '';
  for (const { key } of issue.path ?? []) {
    if (typeof key === 'number') field += `[${key}]`;
    else field += `${field === '' ? '' : '.'}${String(key)}`;
  }
  return field === '' ? '(the whole file)' : field;
}

export function parseProviderFile(text: string): ProviderParse {
  const fail = (problem: string): ProviderParse => ({ ok: false, problems: [problem] });
  if (tooLarge(text, PROVIDER_LIMITS.fileBytes)) {
    return fail(`(the whole file): is larger than ${PROVIDER_LIMITS.fileBytes / 1024} KB`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text, refuseHostile);
  } catch (e) {
    if (e instanceof HostileInput) {
      return fail(
        '(the whole file): holds a key or text the app refuses (__proto__, constructor, script…)',
      );
    }
    return fail(`(the whole file): is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isPlainObject(json)) {
    return fail('(the whole file): must be an object: { "name": …, "hotlines": […] }');
  }
  const result = v.safeParse(ProviderSchema, json, { abortPipeEarly: true });
  if (result.success) return { ok: true, provider: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => `${fieldOf(issue)}: ${issue.message}`),
  };
}
