/**
 * Words written before a name that say who someone is rather than what they
 * are called. They are stripped from names and kept as the person's role.
 */

export const TITLES: ReadonlySet<string> = new Set(
  `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. father sister brother saint st st. gen gen.
  col col. capt capt. lt lt. sgt sgt. sen sen. rep rep. gov gov. president vice prime minister secretary chancellor
  premier king queen prince princess emperor pope ayatollah sheikh imam rabbi bishop archbishop cardinal mayor governor
  senator representative congressman congresswoman ambassador general colonel captain lieutenant sergeant admiral
  commander chief director chairman chairwoman chair ceo founder judge justice attorney spokesman spokeswoman
  spokesperson officer deputy foreign defence defense interior finance health justice state leader head coach
  manager professor doctor inspector detective constable superintendent commissioner minister's former acting
  interim deputy executive senior junior assistant associate editor reporter correspondent analyst author writer
  economist scientist researcher lawyer councillor councilman councilwoman mp mep`.split(/\s+/)
)

/** Nationality and origin adjectives ("Russian", "Iranian", "Chinese", "Turkish", "Israeli"). */
export const NATIONALITY = /^(?:\p{Lu}\p{Ll}+(?:ian|ese|ish)|American|Mexican|Korean|Israeli|Iraqi|Saudi|Pakistani|Bangladeshi|Thai|French|Dutch|Greek|Swiss|Czech|Irish|Welsh|Scottish|British|German|Belgian|Kenyan|Ugandan|Afghan|Cuban|Chilean|Peruvian|Venezuelan|Nigerian|Moroccan|Tunisian|Algerian|Syrian|Lebanese)$/u

/** Capitalised words that open sentences or name things other than people. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an this that these those it its in on at for from with by of and but or if when while as after before since
  during under over between among about into he she they we i you his her their our my your there here what which who
  why how monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december read more related follow share also however meanwhile although though so yet
  still then now today yesterday tomorrow last next new`.split(/\s+/)
)
