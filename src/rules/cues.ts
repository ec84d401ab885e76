/**
 * Cue verbs: the verbs that attribute a quote to its speaker, in the forms
 * news writing uses them. "believe", "provide" and "show" are deliberately
 * absent: they rarely introduce speech.
 */

const BASE_VERBS = `say tell add acknowledge admit announce argue ask assert claim comment complain concede conclude
confirm continue declare deny describe estimate explain insist maintain mention note observe post predict promise
recall reply report respond state stress suggest testify tweet urge warn write agree recount reflect remark reveal
emphasise emphasize joke quip shout scream cry whisper muse boast caution contend counter exclaim lament marvel
object plead pledge recommend reiterate retort snap vow wonder`.split(/\s+/)

/** Past and present forms that are not regular. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell', 'telling'],
  write: ['wrote', 'writes', 'written', 'writing'],
  cry: ['cried', 'cries'],
  reply: ['replied', 'replies'],
  testify: ['testified', 'testifies'],
  deny: ['denied', 'denies'],
  snap: ['snapped', 'snaps'],
  quip: ['quipped', 'quips'],
  admit: ['admitted', 'admits'],
  plead: ['pleaded', 'pleads', 'pled']
}

function inflect(verb: string): string[] {
  const irregular = IRREGULAR[verb]
  if (irregular) return irregular
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb
  const third = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`
  return [`${stem}ed`, third]
}

/** Every attributing form: `said`, `says`, `told`, `added`, `warns`… */
export const CUE_FORMS: readonly string[] = BASE_VERBS.flatMap(inflect)

export const CUE_PATTERN = `(?:${[...new Set(CUE_FORMS)].sort((a, b) => b.length - a.length).join('|')})`

/** Phrases that attribute without a verb. */
export const CUE_PHRASES: readonly string[] = ['according to']

/** Pronouns that stand for the last-named speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they'])
