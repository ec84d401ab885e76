/**
 * Page chrome: lines that belong to the site, not to the article. Each rule
 * is a whole-line pattern (case-insensitive) with the name `--explain` shows.
 * Add phrases here rather than in the stages.
 */

import {SPONSORED_HEADING} from './teasers.js'

export interface ChromeRule {
  rule: string
  pattern: RegExp
  /**
   * A quick test that every line the pattern matches passes, for the
   * patterns that look for their words anywhere in a line (`^.{0,200}\b…`):
   * most lines fail it, and never reach the pattern.
   */
  requires?: RegExp
}

export const CHROME_RULES: readonly ChromeRule[] = [
  {rule: 'sponsored', pattern: SPONSORED_HEADING},
  // A sidebar of readers' comments ("Jane Roe on <post title>"): links, but to comments.
  {rule: 'comment-list', pattern: /^(?:(?:recent|latest|top|newest) comments|最新留言|最新回[應应]|最新[評评][論论])$/i},
  {rule: 'advertisement', pattern: /^(?:advertisement|advertising|ad|sponsored( content)?|promoted|paid content|supported by|anzeige|publicidad|publicité|reklama)$/i},
  {rule: 'advertisement', pattern: /^(?:story continues below (?:this )?advertisement|article continues (?:below|after (?:this )?advertisement)|inread invented by teads|powered by \S+|disclosures \S+)$/i},
  // A site's footer links, a paywall's notice, a tip line and a cookie notice, in other languages.
  // `Skip to main content` in other languages.
  {
    rule: 'footer',
    pattern:
      /^(?:(?:passer|aller) au contenu(?: principal)?|(?:ir|saltar) al contenido(?: principal)?|vai al contenuto(?: principale)?|(?:direkt )?zum inhalt(?: springen)?|naar (?:de )?(?:hoofd)?inhoud|(?:pular|ir) para o conteúdo(?: principal)?|sari la conținut(?:ul principal)?|przejdź do (?:głównej )?treści|přejít (?:k|na) (?:hlavnímu )?obsah(?:u)?|ugrás a (?:fő)?tartalomhoz|[iİ]çeriğe (?:geç|atla)|(?:langsung|lompat) ke (?:konten|isi)(?: utama)?|langkau ke kandungan(?: utama)?|chuyển (?:đến|tới) nội dung(?: chính)?|hoppa till (?:huvud)?innehåll(?:et)?|hopp til (?:hoved)?innhold(?:et)?|spring til (?:hoved)?indhold(?:et)?|siirry (?:pää)?sisältöön|μετάβαση στο (?:κύριο )?περιεχόμενο|перейти (?:до|к) (?:основного |основному |головного |главному )?(?:вмісту|содержани[юя]|контенту)|رفتن به محتوای اصلی|انتقل إلى المحتوى(?: الرئيسي)?|דלג לתוכן(?: העיקרי)?|ข้ามไปยังเนื้อหา(?:หลัก)?|본문 바로가기|メインコンテンツへ(?:移動|スキップ)|跳到主要内容|跳至主要內容)$/iu
  },
  {rule: 'footer', pattern: /^(?:política de privacidad(?:e)?|termos de uso|términos y condiciones|aviso legal|politique de confidentialité|gestion des cookies|conditions générales(?: d'utilisation| de vente)?|mentions légales|impressum|datenschutz(?:erklärung)?|nutzungsbedingungen|agb|polityka prywatności|regulamin|integritetspolicy|ansvarig utgivare:? .{2,60}|gizlilik politikası|künye|kebijakan privasi|pedoman media siber|политика конфиденциальности|пользовательское соглашение|プライバシーポリシー|個人情報の取り扱い|利用規約|お問い合わせ)$/iu},
  {rule: 'subscribe', pattern: /^(?:cet article est réservé aux abonnés\.?|il vous reste \d+ ?% de l'article à lire\.?|la suite est réservée aux abonnés\.?|dieser artikel ist (?:nur )?für abonnenten\.?|this (?:article|story) is (?:only )?for subscribers(?: only)?\.?|artikeln är (?:låst|för prenumeranter)\.?)$/iu},
  {rule: 'contact', pattern: /^(?:har du tips\?|tipsa oss\b|vous avez une info\b|hast du (?:einen )?hinweis\b|¿tienes (?:una pista|información)\b|masz temat\?|masz ciekawy temat\?).{0,160}$/iu},
  // (Updates with analyst comment in fifth paragraph.): a wire's note on what changed since the last version.
  {rule: 'timestamp', pattern: /^\((?:updates|adds|recasts|corrects|changes) (?:with|to|throughout|in|headline|paragraph).{0,150}\)$/i},
  // Before it's here, it's on the Bloomberg Terminal.: a wire's promotion of its own terminal.
  {rule: 'promo', pattern: /^before it(?:'|’)s here, it(?:'|’)s on the .{1,40} terminal\b.{0,40}$/i},
  {rule: 'timestamp', pattern: /^(?:artikeln uppdateras|nyheten uppdateras|this (?:story|article) (?:is developing|will be updated)|dieser artikel wird (?:laufend )?aktualisiert|cet article (?:sera|est) (?:mis à jour|actualisé)|la noticia se está actualizando)\.?$/iu},
  {rule: 'cookies', pattern: /^.{0,40}\b(?:usamos|utilizamos|nous utilisons|nous et nos partenaires utilisons|wir (?:und unsere partner )?(?:verwenden|nutzen)|używamy|vi (?:och våra partner )?använder|utilizziamo|we gebruiken|wij gebruiken|we and our partners use|kullanıyoruz|kami menggunakan)\b.{0,80}\bcookies?\b.{0,400}$/iu, requires: /cookie/i},
  // The views expressed are the author's own. · Opinions expressed by Ledgerline contributors are their own.
  {rule: 'disclaimer', pattern: /^(?:the )?(?:views|opinions) expressed (?:here |in this (?:article|column|piece) )?(?:are|by) .{2,160}$/i},
  // When you purchase through links on our site, we may earn a commission.: an affiliate disclosure.
  {rule: 'disclaimer', pattern: /^.{0,80}\bwe (?:may )?(?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission\b.{0,200}$/i, requires: /commission/i},
  // Under a byline: where the reporter filed from. After the story: the topics it is filed under (its print
  // note, `A version of this article appears in print on …`, stays the body's last paragraph).
  {rule: 'filed-from', pattern: /^(?:reporting|reported) from .{2,60}$/i},
  {rule: 'footer', pattern: /^see more on: .{2,200}$/i},
  // `list 1 of 3` … `end of list`: the markers of a box of teasers set between paragraphs.
  {rule: 'list-marker', pattern: /^(?:list \d{1,2} of \d{1,2}|end of list)$/i},
  {rule: 'share', pattern: /^(?:save articles to read later(?: and create your own reading list)?\.?|click here to share on social media|listen to this article(?: ?[|·•]? ?\d{1,2} ?mins?)?)$/i},
  // An article read out by a synthetic voice: `Audio is generated using an artificial voice. Learn more …`.
  {rule: 'audio', pattern: /^audio (?:is|was) (?:generated|created|produced) (?:using|by|with) (?:an? )?(?:artificial|automated|ai|synthetic|computer-generated)\b.{0,120}$/i},
  // The same furniture in other languages: buttons, comment counts, ads, paywalls.
  {rule: 'advertisement', pattern: /^(?:реклама|reklam|annons|annonse|mainos|iklan|publicitate|διαφήμιση|werbung|dalsza część artykułu (?:pod|poniżej) .{1,40}|weiterlesen nach der anzeige|(?:der )?artikel (?:geht|wird) (?:unter|nach) der anzeige weiter.{0,20}|la suite (?:après|sous) cette (?:publicité|annonce)|продолжение (?:ниже|после рекламы))$/iu},
  {rule: 'share', pattern: /^(?:artikel (?:teilen|anhören|vorlesen|drucken|merken|verschenken)|zur merkliste hinzufügen|merken|kommentare öffnen|vorlesen|drucken|feedback|поделиться|скопировать ссылку|распечатать|udostępnij|kopiuj link|dela|jaa|paylaş|bagikan|distribuie|κοινοποίηση|(?:compartir|compartilhar|partager|condividi|teilen|delen) (?:en|no|na|sur|su|auf|op|via) (?:whatsapp|facebook|twitter|x|linkedin|telegram|bluesky|threads|e-?mail|correo)|copiar (?:el )?(?:enlace|link)|copier le lien|copia (?:il )?link|link kopiëren|link kopieren|ir a los comentarios|aller aux commentaires|vai ai commenti|weitere optionen zum teilen|(?:z?kopírovat|kopírovať) odkaz|kopioi linkki|kopier (?:lenke|link)|kopiera länk|speichern sie (?:ihre lieblingsartikel|diesen artikel) .{0,160})$/iu},
  // A comment box's house rules: `Comments: Our rules`, `Please report any comments that break our rules.`, `Read the rules here`.
  {
    rule: 'comments',
    pattern:
      /^(?:comments: our rules|we want our comments to be .{0,300}|please report any comments? that (?:breaks?|breach(?:es)?) our rules\.?|read (?:the|our) (?:house )?rules here\.?)$/i,
    requires: /comment|rules/i
  },
  // `Get involved with the news in your community` / `Send your stories and photos now`: a call for readers' news.
  {rule: 'contact', pattern: /^(?:get involved with the news in your (?:community|area)|send (?:us )?your (?:stories|news|pictures|photos)(?:,? (?:and|or) (?:photos|pictures|videos))?(?: now| here)?)[.!]?$/i},
  {rule: 'comments', pattern: /^(?:kommentare|комментарии|komentarze|skomentuj|kommentarer|kommentit|yorumlar|komentar|comentarii|σχόλια)(?::? \d+| \(\d+\))?$|^diskutieren sie mit$/iu},
  {rule: 'subscribe', pattern: /^(?:lesen sie (?:jetzt )?weiter mit .{1,40}|weiterlesen mit .{1,40}|jetzt (?:für .{1,20} )?(?:testen|abonnieren|weiterlesen)|(?:sie sind )?bereits abonnent(?:in)?\?.{0,40}|już masz (?:konto|subskrypcję)\?.{0,40}|уже есть подписка\?.{0,40}|(?:subscribe|sign in|log in) to (?:continue|keep) reading.{0,40}|continue reading your article with an? .{1,40} (?:membership|subscription)|lee sin límites|ya soy suscriptor(?:a)?|(?:suscríbete|suscribete) para (?:seguir leyendo|leer sin límites).{0,40}|déjà abonné\s?\?.{0,40}|sei già abbonato\?.{0,40}|já é assinante\?.{0,40}|(?:article |contenu )?réservé aux abonnés|artículo (?:solo |exclusivo )?para suscriptores|(?:articolo |contenuto )?riservato agli abbonati|exclusivo para assinantes|lecture du .{1,40} en cours sur un autre appareil\.?|il vous reste \d[\d.,]*\s?% de cet article à lire\..{0,80}|dieser artikel gehört zum angebot von .{1,40}\..{0,200})$/iu},
  {rule: 'continue-reading', pattern: /^continue reading(?: the main story| below)?\b.{0,40}$/i},
  {rule: 'share', pattern: /^(?:share|tweet|email|e-mail|print|save|more|pin|reddit|whatsapp|telegram|linkedin|facebook|twitter|copy|copy link|link copied|comment|comments|reply|like|undo|sdílet|compartir|partager|teilen|ツイート|シェアする|シェア|いいね！?|ブックマーク|share (?:this|on|via|the|article|story|page|to)\b.{0,40}|(?:facebook|twitter|linkedin|whatsapp|email|pinterest|reddit|messenger)(?: (?:facebook|twitter|linkedin|whatsapp|email|pinterest|reddit|messenger|print|share))+)$/i},
  {rule: 'share', pattern: /^(?:share full article|get short url|short url|permalink|share or comment on this article:?|bookmark|listen(?: to (?:this )?(?:article|story))?(?: \d+ min(?:utes?)?)?|font size|text size|a a a|resize|gift (?:this |unlocked )?article|\(\d{1,2} min\)|save (?:this )?(?:article|story)|ouvir o texto|diminuir fonte|aumentar fonte)$/i},
  {rule: 'share', pattern: /^(?:print(?: this)? (?:page|article|story)|e-?mail (?:this|to a friend)(?: (?:page|article|story))?|report an? (?:error|typo|correction|problem|issue)|suggest a correction|send (?:us )?(?:feedback|a correction))$/i},
  {rule: 'follow', pattern: /^(?:follow(?: us)?(?: on \S+(?: (?:and|&) \S+)?)?(?: @\w+)?|follow @\S+|follow (?:the )?author|email the author|view (?:all )?(?:posts|articles|stories) by\b.{0,40}|more (?:articles|stories|posts) by\b.{0,40}|contact the author|@\w+)$/i},
  {rule: 'follow', pattern: /^(?:(?:like us on facebook|follow us on \w+|find us on \w+|connect with us)[,.!]? ?){1,4}$/i},
  // Email letters@… or write to: Letters, <address>. Letters should be no longer than 300 words …
  {rule: 'contact', pattern: /^(?:contact|email|e-mail|write to)\b[^@]{0,80}@[^@\s]{3,80}(?: [^@]{0,400})?$/i},
  // Have you got a story? Email news@… · Got a news tip? Call us on …
  {rule: 'contact', pattern: /^(?:have you got|have|got|do you have) an? (?:news )?(?:story|tip)\b.{0,120}$/i},
  {rule: 'account', pattern: /^(?:(?:regístrate|inicia sesión|connectez-vous|inscrivez-vous|melden sie sich an|anmelden|accedi|registrati)\b.{0,60}\b(?:comentar|commenter|kommentieren|commentare)\.?|don(?:'|’)t have an account\?.{0,40}|already have an account\?.{0,40}|(?:please )?(?:log ?in|sign in|register)(?: or (?:register|sign up|create an account|log ?in))?(?: to (?:comment|continue|post|read).{0,40})?|create (?:an|your) (?:free )?account.{0,40}|forgot (?:your )?password\??|please enter a valid .{1,40}|(?:e-?mail(?: address)? )?invalid e-?mail.{0,80}|.{0,80}\bplease try again[.!]?|you must (?:log ?in|sign in|be logged in|login or create an account) to (?:comment|post).{0,40}|if you would like to (?:add a )?comment.{0,80})$/i},
  {rule: 'comments', pattern: /^(?:\d[\d,.]*\s*(?:comments?|responses?|replies|shares?|reactions?|likes?|views?|reader comments)|(?:view|show|read|see|add|post|leave) (?:a |all |the )?(?:\d+ )?comments?(?: \(\d+\))?|コメント(?:を)?(?:表示|非表示|書く)|(?:comments?|responses?) \(\d+\)|have your say|comparte tu opinión|donnez votre avis|join the (?:conversation|discussion)(?:[.!:]? (?:sign in|log ?in|subscribe|register)\b.{0,60})?|reader comments|komentáře|comentarios|commentaires|there (?:are|is) (?:\d[\d,.]*|no) (?:comments?|responses?|replies)(?: yet)?\.?|\d+ thoughts? on .{1,120}|leave a (?:reply|comment)|post (?:a )?comment|(?:show|hide) comments|(?:please )?(?:read|review) our (?:commenting|comment|community) (?:policy|guidelines|rules)\.?|comments? (?:are|is) closed\.?|[还還][没沒]有[评評][论論].{0,30}|[暂暫][无無][评評][论論].{0,30})$/i},
  {rule: 'newsletter', pattern: /^(?:.{0,60}\b(?:alerts?|newsletters?|briefing|updates|headlines|news)\b.{0,40}\b(?:to|in) your (?:inbox|e-?mail)\b.{0,40}|.{0,60}\b(?:straight|delivered|direct(?:ly)?|right|coming|heading) (?:to|in|into) your inbox\b.{0,40}|.{0,60}\bsign up to receive\b.{0,160}|.{0,40}\bzprávy do e-?mailu|sign up (?:for|to) (?:our |the )?.{1,60}(?:alerts?|newsletters?|briefing|emails?|updates)[.!]?|.{0,60}\b(?:sign up|subscribe|register)\b.{0,60}\bnewsletters?\b.{0,80}|.{0,40}\bnewsletters?\b.{0,40}\b(?:sign up|subscribe)\b.{0,40}|get (?:our|the) .{0,40}(?:newsletter|briefing|email|in your inbox).{0,40}|(?:enter your|your) e-?mail(?: address)?.{0,30}|we(?:'|’)ll never share your email.{0,60}|by signing up,? you agree.{0,140}|thanks? (?:you )?for (?:signing up|subscribing).{0,60}|.{0,80}\bsubscri\w* .{0,40}\bto receive new posts\b.{0,80}|(?:recevoir|recevez|inscrivez-vous à|abonnez-vous à) (?:la|notre|nos|les) newsletters?\b.{0,60}|.{0,60}\b(?:tous les (?:matins|soirs|jours)|chaque (?:matin|soir|jour|semaine)) par (?:e-?mail|courriel)\b.{0,20}|.{0,80}\bto receive new posts\b.{0,80}\bsubscri\w*.{0,20}|.{0,80}\b(?:abonnieren|bestellen) sie (?:den|unseren) (?:kostenlosen )?newsletter\b.{0,80}|подпишитесь на (?:нашу )?рассылку.{0,60}|zapisz się na (?:nasz )?newsletter.{0,60}|we have more newsletters(?: show me)?)$/iu, requires: /inbox|mail|sign|subscri|newsletter|briefing|подпиш/i},
  // `Join our Kelmoor Echo WhatsApp community for breaking news`, `Join ST's WhatsApp Channel`.
  {rule: 'newsletter', pattern: /^join (?:our|the|\S+['’]s) .{0,60}\b(?:whatsapp|telegram) (?:community|channel|group)\b.{0,120}$/i, requires: /whatsapp|telegram/i},
  // We rely on readers like you. Please support our journalism. · If you value our reporting, …
  {rule: 'donation', pattern: /^(?:we (?:rely|depend) on (?:readers|you|your support)|our (?:journalism|reporting|work) (?:relies|depends) on|(?:our|local|independent|quality) (?:journalism|reporting|work) needs your support|please (?:support|consider supporting) (?:us|our)|support (?:our|independent|quality|local) journalism|if you (?:value|like|enjoy) (?:our|this) (?:journalism|reporting|work|article)|quality journalism costs money|(?:o|el|le|il) (?:jornalismo|periodismo|journalisme|giornalismo) de (?:qualidade|calidad|qualité|qualità) (?:custa|cuesta|coûte|costa)|(?:qualitäts)?journalismus kostet geld)\b.{0,200}$/iu},
  // Harbourlight is a nonprofit newsroom. Our reporting is free for everyone because readers like you support it.
  {
    rule: 'donation',
    pattern: /^\S.{0,60} is an? (?:independent,? )?(?:non-?profit|not-for-profit) (?:newsroom|news organi[sz]ation|publication)\. .{0,200}\b(?:readers like you|your support|donat\w*|support us)\b.{0,100}$/i,
    requires: /profit/i
  },
  // `Підтримати` and its like: a donation button in other languages.
  {rule: 'donation', pattern: /^(?:підтримати|поддержать|susține(?:-ne)?|wesprzyj(?: nas)?|podpořte nás|destek ol|ủng hộ|dukung kami|unterstützen|soutenir|apoyar|sostienici|apoie|steun ons|stöd oss|støtt oss|tue meitä)!?$/iu},
  {rule: 'donation', pattern: /^(?:support (?:the |our )?\S.{0,40}!|donate(?: now| today)?|become a (?:member|supporter|subscriber).{0,40}|a message from .{2,40}|dear reader(?:s)?[,.:!]?|(?:please )?consider (?:supporting|donating|a donation).{0,120}|make a (?:one-time |monthly )?(?:donation|contribution).{0,60})$/i},
  // A station group's line under every story: For the latest news, weather, sports, and streaming video, head to WKRN News 2.
  {rule: 'promo', pattern: /^for the latest (?:news|headlines)\b.{0,80}\b(?:head|go) to .{1,60}$/i},
  // Download the KHBR 4 News app for breaking news alerts. · Get the latest Ashby news … on The Ashby Echo.
  // Follow The Ashby Echo Google News channel for the latest news updates.
  {rule: 'promo', pattern: /^download (?:the )?\S.{0,40} app (?:for|to) .{2,80}$/i, requires: /^download/i},
  {rule: 'promo', pattern: /^get the latest .{2,120} (?:on|from|at) .{2,200}$/i, requires: /^get the latest/i},
  {rule: 'promo', pattern: /^follow .{2,60} (?:on )?google news\b.{0,100}$/i, requires: /google news/i},
  // Minimum cost $12 for the first 12 weeks. Then $6 a week billed every four weeks.
  {rule: 'subscribe', pattern: /^min(?:imum|\.) cost [$£€]\d.{0,200}$/i},
  {rule: 'subscribe', pattern: /^click here to (?:subscribe|sign up|register|get our newsletter)\b.{0,80}$/i},
  {rule: 'subscribe', pattern: /^(?:subscribe(?: now| today)?|newsletters?|(?:abonnez-vous|suscríbete|abonnieren sie)\b.{0,80}|already a subscriber\?.{0,40}|log ?in|sign ?in|sign up|register|my account|subscribe to .{1,60}|subscribers? only|try \d+ days? (?:free|for)\b.{0,40})$/i},
  // (This story has not been edited by our staff and is auto-generated from a syndicated feed.)
  {rule: 'syndication-note', pattern: /^\(?.{0,160}\b(?:auto-generated from a syndicated feed|has not been edited by .{1,40} staff|published from a (?:wire|syndicated) (?:agency )?feed)\b.{0,160}$/i, requires: /syndicated|edited by|wire/i},
  // The end of a press release (`ENDS`, `###`, `-30-`): what follows is notes to editors and contacts.
  {rule: 'release-end', pattern: /^(?:ends|-\s?ends\s?-|###|-\s?30\s?-)$/i},
  // `(Compiled by Jane Roe; Editing by John Poe)` is a wire's credits; `Compiled by Jane Roe` alone under a gallery's title is its byline.
  // `--Editing by John Poe.`: a dash before them, as some sites print the credits under the story.
  {rule: 'wire-credits', pattern: /^(?:--?|[—–] ?)?[(\[]?(?:(?:(?:additional )?reporting by|writing by|editing by|with (?:agency )?inputs from|our standards:)\s.{0,200}|compiled by [^;]{2,80}; .{0,200})$/i},
  // —WITH A REPORT FROM JANE ROE: a colleague's share of the story, after it.
  {rule: 'wire-credits', pattern: /^[—–-] ?with (?:a )?reports? from\s.{2,200}$/i},
  {rule: 'comment-form', pattern: /^(?:by (?:submitting|posting) a comment,? you (?:accept|agree|acknowledge)\b.{0,500}|your email address will not be published\.?.{0,80}|required fields are marked.{0,10}|notify me of (?:follow-up comments|new posts|new comments) by email\.?|save my name, email, and website in this browser.{0,80}|(?:your )?(?:name|e-?mail|website|comment|subject) \*?|text formats?(?: options)?|more information about text formats|allowed html tags:.{0,300}|(?:lines and paragraphs break automatically|web page addresses and e-?mail addresses turn into links automatically|no html tags allowed)\.?|leave this field blank|(?:basic|filtered|full) html|plain text)$/i},
  // Updated 5:12 p.m. ET · Published 08:05 GMT: a time stamp under the date, with no date of its own.
  {rule: 'timestamp', pattern: /^(?:updated|published|posted|last updated)(?: at| on)?:? \d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?$/i},
  // `Publié aujourd'hui à 06h00, modifié à 08h12`: a time stamp that names no date, in the languages whose relative days are read.
  {rule: 'timestamp', pattern: /^(?:publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert) (?:aujourd'hui|aujourd’hui|hier|hoy|ayer|oggi|ieri|heute|gestern) (?:à|a las|alle|um) \d{1,2}(?:[h:.]\d{2})?.{0,60}$/iu},
  {rule: 'share', pattern: /^(?:share this:?|like this:?|click to (?:share|email|print) .{0,60}\(opens in new window\)\d*|\d*click to (?:share|email|print) .{0,60}\(opens in new window\)\d*)$/i},
  {rule: 'tagline', pattern: /^from wikipedia, the free encyclopedia$|^jump to:? (?:navigation|search|content)(?:,? (?:jump to:? )?(?:navigation|search)){0,2}$/i},
  {rule: 'footer', pattern: /^this page was last (?:edited|modified) on .{6,60}$/i},
  {rule: 'cookies', pattern: /^.{0,200}\b(?:we use cookies|uses cookies|use of cookies|cookie (?:policy|settings|preferences|notice)|accept (?:all )?cookies)\b.{0,300}$/i, requires: /cookie/i},
  // A journal site's notices: `Thank you for visiting nature.com. You are using a browser version with limited support for
  // CSS. …`, `You have full access to this article via your institution.`, and an author's links `Search author on:`.
  {rule: 'footer', pattern: /^(?:thank you for visiting \S{2,40}\. you are using a browser version with limited support for css\b.{0,500}|you have full access to this article via .{1,60}|search author on:?|pubmed|google scholar)$/i},
  // The consent framework's notice, word for word on many sites: `We and our partners store and/or access information on a device, …`.
  {rule: 'cookies', pattern: /^we and our (?:\d+ )?(?:partners|vendors) (?:store|use|process|and)\b.{0,400}$/i, requires: /partners|vendors/i},
  // `Цей сайт використовує файли cookie…`, `Χρησιμοποιούμε cookies…`: a verb of using before the word, in other languages.
  {
    rule: 'cookies',
    pattern:
      /^.{0,120}(?:використову|использу|folose|utilizeaz|χρησιμοποι|kullan|używa|použív|verwende|nutze|utilis|utiliz|usiamo|usa |gebruik|använd|bruke|bruger|käyttä|menggunakan|sử dụng|ใช้).{0,80}\bcookie.{0,400}$/iu,
    requires: /cookie/i
  },
  // Consent buttons in other languages: `Αποδοχή όλων`, `Погоджуюсь`, `Alle akzeptieren`.
  {
    rule: 'cookies',
    pattern:
      /^(?:αποδοχ[ήη](?: [όο]λων)?|αποδ[έε]χομαι|συμφων[ώω]|погоджуюсь|прийняти(?: все)?|приймаю|согласен|принять(?: все)?|accept(?: toate| tot)?|sunt de acord|akceptuj(?:ę)?(?: wszystkie)?|zgadzam się|přijmout(?: vše)?|souhlasím|(?:tümünü )?kabul et|đồng ý|chấp nhận(?: tất cả)?|ยอมรับ(?:ทั้งหมด)?|موافقم|پذیرفتن|אני מסכים|terima(?: semua)?|setuju|(?:alle )?akzeptieren|einverstanden|(?:tout )?accepter|j['’]accepte|aceptar(?: todo| todas)?|acepto|accett(?:a|o|are)(?: tutto)?|aceitar(?: tudo| todos)?|aceito|(?:alles )?accepteren|akkoord|(?:godkänn|acceptera|godta|accepter)(?: alla| alle)?|hyväksy(?: kaikki)?)[.!]?$/iu
  },
  // このサイトではクッキーを使用しています。: a cookie notice in Japanese or Korean.
  {rule: 'cookies', pattern: /^.{0,60}(?:クッキー|쿠키).{0,200}$/u, requires: /クッキー|쿠키/u},
  {rule: 'cookies', pattern: /^(?:we (?:value|care about|respect) your privacy|your privacy (?:choices|matters|options)|privacy (?:preference|consent) (?:center|centre)|manage (?:cookie |privacy |consent )?(?:preferences|settings|choices|options)|reject (?:all|non-essential)(?: cookies)?|show purposes|i (?:accept|agree|do not accept)|(?:accept|agree|allow)(?: all)?(?: and (?:continue|close))?)[.!]?$/i},
  // `© Reuters / David Mercado` is a photo credit, not a copyright line.
  {rule: 'copyright', pattern: /^(?:©|\(c\)|copyright\b|all rights reserved|todos los derechos reservados|tous droits réservés)(?![^/]{0,40}\/).{0,200}$/i},
  {rule: 'copyright', pattern: /^.{0,200}(?:\ball rights reserved\b|\bmay not be (?:reproduced|published|republished)\b|\b(?:derechos reservados|droits réservés|diritti riservati|rechte vorbehalten|direitos reservados)\b|版权所有|版權所有|版权声明|版權聲明|無断転載|著作権|저작권자|무단 ?전재).{0,300}$/i, requires: /rights reserved|may not be|reservad|réservés|riservati|vorbehalten|版|無断転載|著作権|저작권자|무단/i},
  {rule: 'footer', pattern: /^.{0,80}\b(?:do not sell (?:or share )?my personal info(?:rmation)?|your (?:california )?privacy (?:rights|choices)|ad ?choices)\b.{0,80}$/i, requires: /do not sell|privacy|choices/i},
  {rule: 'footer', pattern: /^(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|site ?map|back to top|post navigation|skip to (?:main )?content|jump to(?: navigation)?|scroll to continue(?: with content)?|click to expand|show (?:more|less)|menu|search|home|close|accessibility|help|faq|rss|careers|top|next|previous|(?:(?:older|newer|previous|next) (?:posts?|articles?):?\s?){1,2}(?:home)?|tags?:?|topics?:?|(?:tags|topics|categories|labels?|filed under|posted in)\s*:.{0,200}|(?:filed under|posted in) [^.!?]{1,60}|tagged(?::\s?| )[^,.!?]{1,40}(?:, ?[^,.!?]{1,40}){1,20}|categories|related topics:?.{0,80}|loading\.{0,3}|press enter to search|\/\/ press enter to search)$/i},
  {rule: 'breadcrumb', pattern: /^[^<>›»]{1,40}(?: (?:>>?|›|») [^<>›»]{1,40}){2,8}$/},
  {rule: 'menu', pattern: /^[^|]{1,20}(?:\|[^|]{1,20}){4,}$/},
  // Four sections without a digit (`UK | World | Politics | Business`); a byline's parts have dates and times.
  {rule: 'menu', pattern: /^[^|\d]{1,14}(?: \| [^|\d]{1,14}){3}$/},
  {rule: 'counter', pattern: /^(?!\d{1,2}\.\d{1,2}\.\d{2,4}$)[\d.,]+[km]?$/i},
  {rule: 'subscribe', pattern: /^(?:(?:log ?(?:in|out)|sign ?(?:in|up|out)|register|subscribe|my account)\s*){2,4}$/i},
  {rule: 'video', pattern: /^(?:your video will play in \d[\d:]*|play video|watch(?: the)? video|video|media playback is unsupported on your device|now playing|(?:listen|play|watch)(?: ?·)? \d{1,2}:\d{2}|\d{1,2}:\d{2}(?::\d{2})? \/ \d{1,2}:\d{2}(?::\d{2})?)$/i},
  {rule: 'caption-marker', pattern: /^(?:photo|image|media|gallery|slideshow|enlarge this image|hide caption|toggle caption|expand|view gallery|see (?:all )?photos?|open (?:image|photo) in gallery|(?:(?:photo|image|picture|slide) )?\d{1,3} of \d{1,3})$/i}
]

/**
 * Words of a reader appeal ("Dear readers, … independent journalism … any
 * contribution helps"). A paragraph under an appeal's opening line that uses
 * two of them belongs to the appeal.
 */
export const APPEAL_WORDS =
  /\b(?:support\w*|donat\w*|contribut\w*|subscri\w*|members?(?:hip)?|independent|journalism|journalists|readers?|fund(?:s|ing|ed)?|paywall|help us|free of charge|any amount|one-time|monthly|sign up|newsletters?|inbox|censorship|pressure)\b/gi

/** The buttons under an appeal: "Continue", "Remind me later", "Donate now". */
export const APPEAL_BUTTONS =
  /^(?:continue|remind me (?:later|next month)|maybe later|not now|no,? thanks|close|donate(?: now)?|support(?: us| now)?|contribute(?: now)?|give(?: now| today)?|subscribe(?: now)?|become a member)[.!]?$/i
