/**
 * Words that tell people's names apart from everything else capitalised: the
 * titles and roles written before a name, the words that open sentences, and
 * the words that make a capitalised run a place or an organisation.
 */

/** Abbreviated titles by the noun a later sentence uses for the person: `Gov. Ada Roe` … `the governor said`. */
export const TITLE_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    gov: 'governor',
    sen: 'senator',
    rep: 'representative',
    gen: 'general',
    col: 'colonel',
    maj: 'major',
    capt: 'captain',
    lt: 'lieutenant',
    sgt: 'sergeant',
    cpl: 'corporal',
    adm: 'admiral',
    cmdr: 'commander',
    det: 'detective',
    insp: 'inspector',
    supt: 'superintendent',
    prof: 'professor',
    dr: 'doctor',
    atty: 'attorney',
    engr: 'engineer',
    rev: 'reverend',
    fr: 'father',
    msgr: 'monsignor'
  })
)

/** Titles and offices written before a name; stripped from it and kept as the person's role. The abbreviated ones, with their dot or without. */
export const TITLES: ReadonlySet<string> = new Set([
  ...[...TITLE_NOUNS.keys()].flatMap((title) => [title, `${title}.`]),
  ...`mr mr. mrs mrs. ms ms. miss mx sir dame lord lady father sister brother saint president vice prime minister secretary
  chancellor premier king queen prince princess emperor pope ayatollah sheikh imam rabbi bishop archbishop cardinal
  mayor governor senator representative congressman congresswoman ambassador general colonel captain lieutenant
  sergeant admiral commander chief director chairman chairwoman ceo judge justice attorney prosecutor sheriff
  coroner magistrate spokesman spokeswoman
  spokesperson officer deputy foreign defence defense interior finance health leader head coach manager professor
  doctor inspector detective constable superintendent commissioner former acting interim executive senior
  junior assistant associate councillor councilman councilwoman mp mep opposition party labor labour state white
  house majority minority speaker monsieur madame señor señora señorita don doña sr. sra. herr frau pan paní taoiseach
  tánaiste`.split(/\s+/)
])

/** German compound titles by their last part: `Bürgermeisterin`, `Verbandssprecher`, `Außenministerin`. */
export const TITLE_ENDINGS = /(?:sprecher|meister|minister|präsident|kanzler|direktor|leiter|chef|vorsitzende)(?:in)?r?$/u

/** Endings of nouns for people (`ferryman`, `beekeeper`, `florist`, `librarian`), for a description no list names. */
export const PERSON_NOUN_ENDING = /(?:man|woman|person|er|or|ist|ian|ant|ent)$/u

/** Titles that mark a person even when the article gives no other name: `Mr Obama`, `President Obama`. */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set(
  `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. president senator sen sen. rep rep.
  gov gov. governor mayor judge justice ayatollah sheikh pope king queen prince princess father sister imam rabbi
  bishop cardinal monsieur madame señor señora herr frau pan paní`.split(/\s+/)
)

/** German role nouns, capitalised like every German noun: `Landrat Jürgen Vosskamp`. */
export const GERMAN_ROLE_NOUNS: ReadonlySet<string> = new Set(
  `landrat landrätin bürgermeister bürgermeisterin sprecher sprecherin minister ministerin kanzler kanzlerin
  präsident präsidentin direktor direktorin geschäftsführer geschäftsführerin chef chefin trainer trainerin leiter
  leiterin professor professorin kommissar kommissarin anwalt anwältin richter richterin arzt ärztin pfarrer pfarrerin
  vorsitzende vorsitzender abgeordnete abgeordneter intendant intendantin`.split(/\s+/)
)

/** Lower-case words that say what someone does, written right before their name: `developer Ammar Askar`. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...`spokesperson spokesman spokeswoman developer analyst resident professor geophysicist physicist scientist
  researcher economist historian writer author editor reporter correspondent columnist critic artist director
  producer actor actress singer player coach manager founder co-founder chairman chairwoman president minister
  secretary senator governor mayor official officer ambassador lawyer attorney judge doctor nurse teacher student
  engineer designer programmer officer activist leader member fellow expert chief head counterpart colleague deputy
  daughter son mother father wife husband sister brother friend neighbour neighbor owner vendor user veteran
  economist strategist investor entrepreneur co-worker coworker worker partner chair florist
  goalkeeper captain keeper journalist photographer filmmaker novelist poet composer mathematician
  councillor councilor commissioner inspector detective sergeant constable campaigner organiser organizer
  treasurer trustee volunteer librarian curator ranger warden headteacher principal pastor priest vicar bishop
  rabbi imam surgeon paramedic firefighter adviser advisor executive administrator coordinator architect
  farmer fisherman pilot driver landlord pensioner host presenter anchor broadcaster interviewer
  prosecutor superintendent sheriff coroner magistrate solicitor barrister auditor comptroller chancellor provost
  sindaco sindaca assessore assessora presidente ministro ministra portavoce direttore direttrice
  alcalde alcaldesa portavoz directora consejero consejera
  maire ministre porte-parole directeur directrice préfet préfète
  prefeito prefeita porta-voz diretor diretora
  woordvoerder woordvoerster burgemeester wethouder directeur voorzitter
  burmistrz wojewoda rzecznik rzeczniczka prezydent prezes dyrektor dyrektorka komendant starosta wójt marszałek
  poseł posłanka prokurator radny radna premier
  мэр губернатор глава министр директор президент председатель пресс-секретарь представитель руководитель депутат
  прокурор начальник заместитель`.split(/\s+/),
  ...GERMAN_ROLE_NOUNS
])

/**
 * German compounds that end on a role noun (`Polizeihauptkommissar`,
 * `Bäckermeister`, `Betriebsratschefin`), with at least four letters before it.
 */
export const ROLE_NOUN_COMPOUND =
  /^\p{L}{4,}(?:sprecher|sprecherin|minister|ministerin|leiter|leiterin|chef|chefin|meister|meisterin|kommissar|kommissarin|direktor|direktorin|präsident|präsidentin|rat|rätin|vorsitzender|vorsitzende|trainer|trainerin|wirt|wirtin|anwalt|anwältin|führer|führerin)$/u

/** German compounds that name an office or a body (`Straßenbauamt`, `Innenministerium`), at least three letters before the ending. */
export const ORGANISATION_COMPOUND =
  /^\p{L}{3,}(?:amt|ministerium|behörde|verband|gericht|polizei|verwaltung|werke|verein|partei|klinikum|universität|schule|kasse|institut|stiftung|gesellschaft|konzern)$/u

/**
 * Nouns that name an unnamed source able to speak or write: the head of a
 * description introducing a quote with a colon (`one survey respondent:`,
 * `the ministry's statement:`).
 */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set(
  `respondent respondents source sources official officials report statement study survey poster user users member
  members resident residents expert experts witness witnesses critic critics fan fans reader readers review reviewer
  letter tweet post message memo manifesto definition document note notes sign ministry government police court
  spokesperson spokesman spokeswoman reply replies response responses comment comments commenter commenters
  question questions words tweet
  informe fuente fuentes gobierno ministerio gouvernement ministère rapport projet loi`.split(/\s+/)
)

/** Nationality and origin adjectives, written before a name as part of a role (`Russian President`). */
export const NATIONALITIES: ReadonlySet<string> = new Set(
  `afghan african albanian algerian american arab argentine argentinian armenian asian australian austrian
  azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian
  canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati
  english eritrean estonian ethiopian european filipino finnish french georgian german ghanaian greek guatemalan haitian
  honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
  jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian
  malaysian malian maltese mexican moldovan mongolian montenegrin moroccan mozambican nepalese nigerian nigerien
  norwegian pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian
  rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali spanish sri sudanese swedish swiss
  syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
  vietnamese welsh yemeni zambian zimbabwean`.split(/\s+/)
)

/** Capitalised words that open sentences or name times: never part of a person's name. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an this that these those it its in on at for from with by of and but or nor if when while as after before
  since during under over between among about into through despite like unlike without within he she they we i you
  his her their our my your there here what which who whom whose why how where monday tuesday wednesday thursday
  friday saturday sunday january february march july september october november december sept
  read more related follow share also however meanwhile although though
  so yet still then now today yesterday tomorrow last next new earlier later once even just only not no yes all
  both each every some many most much other another such one two three four five six seven eight nine ten first
  second third according says said told asked added wrote is are was were be been has have had do does did will
  would can could should must our le la les un une des du de el los las uno una lo al del der die das ein eine und
  o os as um uma da do dos das em na no nas nos il lo gli di che ve na je se že to ten ta
  montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag ab seit laut ihr ihre ihren sein seine seinen
  unser unsere mein meine`.split(/\s+/)
)

/** Words that make a capitalised run an organisation's name: `Food Standards Agency`, `Whole Foods`, `Energy Control`. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  `department ministry university college school institute institution center centre council committee commission
  agency authority association organisation organization foundation society union party parliament congress senate
  assembly court bank company corporation corp inc ltd llc group fund trust service services office bureau board
  network news times post journal magazine daily weekly press radio television tv channel studio studios records
  museum gallery library hospital clinic church airlines airways motors systems technologies labs games control foods
  project program programme army navy force forces police guard administration government team club united rovers
  athletic wanderers fc internet web online twitter facebook instagram youtube google apple microsoft amazon`.split(/\s+/)
)

/**
 * More words of companies' and bodies' names (`Kestrel Air`, `Corvane Engines`, `Hellwarder Werft`): a run
 * with one is no person. Unlike the words above, one before a name is not taken for the person's
 * affiliation, as these open the names of bodies too (`Software Freedom Conservancy`).
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set(
  `air airline engines energy capital securities partners holdings industries pharmaceuticals pharma insurance media
  solutions logistics electric petroleum steel mining telecom communications software ventures investments markets
  exchange airport railways rail shipping lines hotels resorts stores retail healthcare therapeutics aerospace
  automotive construction properties advisory advisors advisers consulting consultancy consultants associates analytics
  werft werk werke konzern stadt gemeinde landkreis kreis verein firma unternehmen feuerwehr regierung senat rathaus
  прокуратура администрация министерство правительство компания суд полиция мэрия департамент управление служба`.split(/\s+/)
)

/** Words that make a capitalised run a place, an event or a movement rather than a person. */
const PLACE_AND_THING_WORDS = `mosque temple cathedral airport station street st road avenue boulevard square bridge park lake lough loch river sea mount
  ocean gulf bay island islands mountain mountains valley county province state states city town village district
  region kingdom republic federation empire east west north south central middle northern southern eastern western
  america americas europe africa asia zealand house hall tower building point cape head port harbour harbor beach
  coast lighthouse peninsula strait sound fjord glacier forest desert market markets stadium hotel restaurant café
  cafe act law treaty war cup league championship festival award awards prize day week summit conference forum
  republican republicans democrat democrats democratic conservative conservatives liberal liberals socialist
  socialists communist`.split(/\s+/)

/** Words that make a capitalised run anything but a person: organisations, places, events, movements. */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([...ORGANISATION_WORDS, ...PLACE_AND_THING_WORDS])

/** Words a landform's name opens with, as a title opens a person's: `River Carrow`, `Lake Erie`, `Mount Cook`. */
export const LANDFORMS: ReadonlySet<string> = new Set('river lake lough loch mount cape bay gulf sea'.split(' '))

/** Nouns for an organisation that stand for the one the article last named: `the company said`, `the group promised`. */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  `company group firm site website organisation organization agency ministry department council government union club
  team network newspaper paper magazine bank charity university board committee report study survey operator airline
  carrier retailer`.split(/\s+/)
)

/** Verbs whose next name is their object (`told Reuters`, `thanked Ms Holm`), never a subject set after its verb as in `said Holm`. */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(
  'told thanked met accused blamed criticised criticized interviewed hired fired sued visited praised'.split(' ')
)

/** Lower-case particles inside names: Luis de Miranda, Ludwig van Beethoven, Osama bin Laden. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de da do dos das del della di van von der den ter bin ibn al el la le du'.split(' ')
)

/** Words that open a descriptive noun phrase naming an unnamed source: `a ministry spokesperson`, `one user`. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  `the a an one another some several many two three four my your his her their its our this that these those
  el la los las un una uno le les une des o os as um uma der die das ein eine il lo gli`.split(/\s+/)
)

/** Role nouns that name a relation to someone rather than what a person does: `wife Grace Roe` has no role. */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(
  'daughter son mother father wife husband sister brother friend neighbour neighbor colleague counterpart partner'.split(' ')
)

/** Articles of the languages whose roles are read: `the head of the council, Jane Roe`, `el portavoz, Tomás Cranich`. */
export const ARTICLES: ReadonlySet<string> = new Set('the a an el la los las un una le les une il lo gli der die das ein eine o os as um uma'.split(' '))

/** `his wife Mary`: a role after one of these is a relation to someone else. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set('my your his her their its our'.split(' '))

/** Pronouns, titles and kin words that say a person is a man: votes for the gender of the name before them. */
export const MASCULINE: ReadonlySet<string> = new Set(
  'he him his himself mr mr. sir lord king prince father brother son husband herr monsieur señor don il él ele er hij han он він 他'.split(' ')
)

/** The same for a woman. */
export const FEMININE: ReadonlySet<string> = new Set(
  'she her hers herself mrs mrs. ms ms. miss lady dame queen princess mother sister daughter wife frau madame señora doña elle ella ela zij ze hon hun она вона 她'.split(
    ' '
  )
)

/** Chinese role words written before a name, which is what follows the last of them: 发言人 (spokesperson), 教授 (professor)… */
export const CHINESE_ROLES: readonly string[] = `发言人 委员 教授 主任 记者 总统 总理 部长 主席 代表 学生 博士 先生 女士 局长 院长 经理 专家 学者
  校长 董事长 研究员 市民 居民 村民 乘客 游客 网友 工人 医生 律师`.split(/\s+/)

/** Korean family names, which open a name of three syllables (`박민호`), or four after a family name of two (`남궁`). */
export const KOREAN_SURNAMES: readonly string[] = `김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 홍 전 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구
  민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부
  황보 남궁 제갈 선우 독고`.split(/\s+/)

/**
 * Last syllables of Korean titles after a name (`교통청장` chief of the transport office, `교수` professor,
 * `대변인` spokesperson, `의원` lawmaker, `씨` Mr or Ms): a name before a title is a person's.
 */
export const KOREAN_TITLE_ENDINGS: readonly string[] = '장 관 원 사 수 자 표 인 감 리 령 님 씨'.split(' ')

/** Japanese titles and honorifics after a name (`桐生雅人市長は`, `三枝美緒さん（31）は`). */
export const JAPANESE_NAME_TITLES: readonly string[] = `さん 氏 准教授 教授 市長 知事 社長 会長 首相 大臣 長官 委員長 議員 代表 理事長 院長 部長 課長 監督 選手
  容疑者 被告 弁護士 医師 町長 村長 区長 議長 所長 校長 局長 署長`.split(/\s+/)

/** Last characters of Chinese role nouns (宇航员 astronaut, 专家 expert, 部长 minister, 教师 teacher…): a name starts after them. */
export const CHINESE_ROLE_ENDINGS = '员 家 长 师 者 官 士 手'.split(' ')

/** Chinese adverbs between a name and its verb besides those in 地 (恳切地, earnestly): 还 (also), 进一步 (further)… */
export const CHINESE_ADVERBS: readonly string[] = '进一步 还 也 则 又 都 就 曾 更 便 亦 再 仍'.split(' ')

/** Chinese particles that follow a name in a sentence: 的 (of), 是 (is), 在 (at), 和 / 与 (and), 一(起) (together)… */
export const CHINESE_PARTICLES: readonly string[] = '的 是 在 和 与 也 都 对 将 从 曾 还 一'.split(' ')

/**
 * Characters that open Chinese clauses, not names: 但 (but), 如 (if), 当 (when), 这 / 那 (this / that), the
 * pronouns, 人们 (people), 换 (in other words)… A run before a speech verb that starts with one is no name.
 */
export const CHINESE_CLAUSE_OPENERS = '像 但 如 当 这 那 我 你 它 他 她 人 换 书 审 在 和 与 对 从 把 被 让 给 为 因 所 而 并 或 就 都 也 还 又 据 若 虽'.split(' ')
