import {fileURLToPath} from 'node:url'
import {chromeRule} from '../src/plugins/chrome.js'
import {CHROME_RULES} from '../src/rules/chrome.js'
import {linesOfFiles, SHARED} from './helpers/shared.js'
import {parseArticle, runStages} from '../src/index.js'

/** Lines for each alternative of the rules with a quick test (`requires`). */
const REQUIRES_EXAMPLES = [
  'Harbourlight is a nonprofit newsroom. Our reporting is free for everyone because readers like you support it.',
  'Download the KHBR 4 News app for breaking news alerts.',
  'Get the latest Ashby news and breaking news on The Ashby Echo.',
  'Follow The Ashby Echo Google News channel for the latest news updates.',
  'Please report any comments that break our rules.',
  'Цей сайт використовує файли cookie для покращення роботи.',
  'We and our 142 partners store and/or access information on a device.',
  'Join our Kelmoor Echo WhatsApp community for breaking news and top stories.',
  'Breaking news alerts sent straight to your inbox every morning',
  'The top stories delivered to your inbox',
  'Sign up to receive our weekly roundup',
  'Nejnovější zprávy do e-mailu',
  'Sign up for our daily briefing',
  'Register now for the Harbour newsletter',
  'Our newsletter: sign up today',
  'Get the morning briefing',
  'Enter your email address',
  "We'll never share your email with anyone",
  'By signing up, you agree to our terms',
  'Thank you for subscribing!',
  'Подпишитесь на рассылку новостей',
  'このサイトではクッキーを使用しています。',
  'Nous utilisons des cookies pour améliorer votre expérience.',
  'We may earn a commission when you buy through our links.',
  'Recevoir la newsletter',
  '(This story has not been edited by Harbour Times staff and is auto-generated from a syndicated feed.)',
  '© Puerto Noticias S.A. / Derechos reservados.',
  "L'actu du Port tous les matins par email",
  'Thanks for reading The Tidewater Ledger! Subscribe for free to receive new posts and support my work.',
  'The Tidewater Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
  'This site uses cookies to improve your experience.',
  '© 2024 Harbour News. All rights reserved.',
  'This material may not be reproduced without permission.',
  '版权所有 © 2024',
  '저작권자 © 한빛일보 무단전재 및 재배포 금지',
  'Do Not Sell or Share My Personal Information',
  'Your California Privacy Rights',
  'AdChoices'
]

describe('chrome lines', () => {
  it.each([
    ['Share', 'share'],
    ['Get short URL', 'share'],
    ['Share full article', 'share'],
    ['Join the conversation. Sign in or subscribe to comment.', 'comments'],
    ['Responses (14)', 'comments'],
    ['Compartir en Whatsapp', 'share'],
    ['Copiar enlace', 'share'],
    ['Ir a los comentarios', 'share'],
    ['Partager sur Facebook', 'share'],
    ['Lee sin límites', 'subscribe'],
    ['Passer au contenu principal', 'footer'],
    ['Zum Inhalt springen', 'footer'],
    ['Article réservé aux abonnés', 'subscribe'],
    ['Lecture du Vigilant en cours sur un autre appareil.', 'subscribe'],
    ["Publié aujourd'hui à 06h00, modifié à 08h12", 'timestamp'],
    ['Weitere Optionen zum Teilen', 'share'],
    ['Kopírovat odkaz', 'share'],
    ['(5 min)', 'share'],
    ['Resize', 'share'],
    ['Gift unlocked article', 'share'],
    ['Continue reading your article with an HFJ membership', 'subscribe'],
    ['Thank you for visiting lodestar.com. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date browser.', 'footer'],
    ['You have full access to this article via your institution.', 'footer'],
    ['Search author on:', 'footer'],
    ['Listen to this article · 11 min', 'share'],
    ['O jornalismo de qualidade custa dinheiro. Assine O Correio Lusitano e tenha acesso ilimitado a todos os conteúdos.', 'donation'],
    ['Il vous reste 61.84% de cet article à lire. La suite est réservée aux abonnés.', 'subscribe'],
    ['Dieser Artikel gehört zum Angebot von WARTE+. Sie können ihn auch ohne Abonnement lesen, weil er Ihnen geschenkt wurde.', 'subscribe'],
    ['Speichern Sie Ihre Lieblingsartikel in der persönlichen Merkliste, um sie später zu lesen.', 'share'],
    [
      "Nous utilisons des cookies et des technologies similaires pour assurer le bon fonctionnement du site, mesurer l'audience et vous proposer des contenus adaptés. Pour en savoir plus, consultez notre politique en matière de cookies.",
      'cookies'
    ],
    ['Ya soy suscriptor', 'subscribe'],
    ['By submitting a comment, you accept that the Post has the right to reproduce and publish that comment.', 'comment-form'],
    ['We and our partners store and/or access information on a device, such as cookies, and process personal data.', 'cookies'],
    ['I Accept', 'cookies'],
    ['Show Purposes', 'cookies'],
    ['We have more newsletters Show me', 'newsletter'],
    ['Join our Kelmoor Echo WhatsApp community for breaking news and top stories.', 'newsletter'],
    ["Join ST's WhatsApp Channel", 'newsletter'],
    ['Copy', 'share'],
    ['ENDS', 'release-end'],
    ['(Only the headline of this report may have been reworked by our staff; the rest of the content is auto-generated from a syndicated feed.)', 'syndication-note'],
    ['###', 'release-end'],
    ['-30-', 'release-end'],
    ['30', 'counter'],
    ['Newsletter', 'subscribe'],
    ['UK | World | Politics | Business', 'menu'],
    ['사회 | 정치 | 경제 | 국제', 'menu'],
    ['저작권자 © 한빛일보 무단전재 및 재배포 금지', 'copyright'],
    ['Updated 5:12 p.m. ET', 'timestamp'],
    ['Published 08:05 GMT', 'timestamp'],
    ['Follow us on Twitter', 'follow'],
    ['Like Us On Facebook Follow Us On Twitter', 'follow'],
    ['14 comments', 'comments'],
    ['Comments (14)', 'comments'],
    ['There are 13 comments', 'comments'],
    ['Advertisement', 'advertisement'],
    ['Continue reading the main story', 'continue-reading'],
    ['Sign up for our free morning briefing and get the top stories in your inbox.', 'newsletter'],
    ['Enter your email address', 'newsletter'],
    ['Support The Moscow Times!', 'donation'],
    ['A Message from The Danube Monitor:', 'donation'],
    ['Dear readers,', 'donation'],
    ['We use cookies to improve your experience. By continuing you accept our use of cookies.', 'cookies'],
    ["Don't have an account? Sign up", 'account'],
    ['Contact Mark Reid at mark.reid@example.com', 'contact'],
    ['© 2023 Northgate Times. All rights reserved.', 'copyright'],
    ['The material on this site may not be reproduced without permission.', 'copyright'],
    ['Do Not Sell My Personal Information', 'footer'],
    ['Privacy Policy', 'footer'],
    ['Newer Post Older Post Home', 'footer'],
    ['Next article', 'footer'],
    ['最新留言', 'comment-list'],
    ['Get your harbour news straight to your inbox!', 'newsletter'],
    ['For the latest news, weather, sports, and streaming video, head to Harbour News 4.', 'promo'],
    ['Recevoir la newsletter', 'newsletter'],
    ['View comments (27)', 'comments'],
    ['Comparte tu opinión', 'comments'],
    ['Μετάβαση στο κύριο περιεχόμενο', 'footer'],
    ['رفتن به محتوای اصلی', 'footer'],
    ['Перейти до основного вмісту', 'footer'],
    ['Перейти к основному содержанию', 'footer'],
    ['ข้ามไปยังเนื้อหาหลัก', 'footer'],
    ['דלג לתוכן העיקרי', 'footer'],
    ['Langkau ke kandungan utama', 'footer'],
    ['Langsung ke konten', 'footer'],
    ['Sari la conținut', 'footer'],
    ['Przejdź do treści', 'footer'],
    ['Přejít k obsahu', 'footer'],
    ['Ugrás a tartalomhoz', 'footer'],
    ['İçeriğe geç', 'footer'],
    ['Chuyển đến nội dung chính', 'footer'],
    ['انتقل إلى المحتوى', 'footer'],
    ['Hoppa till innehållet', 'footer'],
    ['Siirry sisältöön', 'footer'],
    ['Χρησιμοποιούμε cookies και παρόμοιες τεχνολογίες για να βελτιώσουμε την εμπειρία σας.', 'cookies'],
    ['Цей сайт використовує файли cookie для покращення роботи.', 'cookies'],
    ['Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.', 'cookies'],
    ['ΑΠΟΔΟΧΗ ΟΛΩΝ', 'cookies'],
    ['Погоджуюсь', 'cookies'],
    ['Accept toate', 'cookies'],
    ['Alle akzeptieren', 'cookies'],
    ['Tout accepter', 'cookies'],
    ['Aceptar todas', 'cookies'],
    ['Підтримати', 'donation'],
    ['Поддержать', 'donation'],
    ['Comments: Our rules', 'comments'],
    ['We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues.', 'comments'],
    ['Please report any comments that break our rules.', 'comments'],
    ['Read the rules here', 'comments'],
    ['Get involved with the news in your community', 'contact'],
    ['Send your stories and photos now', 'contact'],
    ['Regístrate o inicia sesión para comentar', 'account'],
    ['© Puerto Noticias S.A. / Derechos reservados.', 'copyright'],
    ['Your name *', 'comment-form'],
    ['Allowed HTML tags: <em> <strong> <blockquote> <cite>', 'comment-form'],
    ['Web page addresses and e-mail addresses turn into links automatically.', 'comment-form'],
    ['Leave this field blank', 'comment-form'],
    ['ツイート', 'share'],
    ['シェアする', 'share'],
    ['コメント非表示', 'comments'],
    ["L'actu du Port tous les matins par email", 'newsletter'],
    ['Thanks for reading The Tidewater Ledger! Subscribe for free to receive new posts and support my work.', 'newsletter'],
    ['The Tidewater Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.', 'newsletter'],
    ['Done! Your weekly digest is coming to your inbox.', 'newsletter'],
    ['Be the first to know. Sign up to receive news about our events and offers!', 'newsletter'],
    ['Email Address Invalid email address format. Please try again!', 'account'],
    ['Something went wrong. Please try again.', 'account'],
    ["Abonnez-vous au Courrier du Port à partir d'un euro", 'subscribe'],
    ['Posted in News', 'footer'],
    ['Tagged:ferries, harbours, islands', 'footer'],
    ['版权声明：转载须经书面授权并注明来源', 'copyright'],
    ['还没有评论，快来发表第一条吧！', 'comments'],
    ['Nejnovější zprávy do e-mailu', 'newsletter'],
    ['Promoted Links Promoted Links', 'sponsored'],
    ['Follow us on Twitter @harbournews', 'follow'],
    ['Have you got a story? Email news@harbournews.example', 'contact'],
    ['(Reporting by Mila Tomic; Editing by Glen Harper)', 'wire-credits'],
    ['(Compiled by Mila Tomic; Editing by Glen Harper)', 'wire-credits'],
    ['--Editing by Glen Harper.', 'wire-credits'],
    ['[With inputs from agencies]', 'wire-credits'],
    ['(With inputs from PTI)', 'wire-credits'],
    ['— Reporting by Mila Tomic in Ostrava', 'wire-credits'],
    ['—WITH A REPORT FROM JESSA MARIE TOLENTINO, PCS NORTHERN BUREAU', 'wire-credits'],
    ['—With reports from Jessa Tolentino and Ramil Dacanay', 'wire-credits'],
    ['Print this page', 'share'],
    ['Telegram', 'share'],
    ['Email letters@ashbyecho.example or write to: Letters, Ashby Echo, 12 Market Row, Ashby. Letters should be no longer than 300 words and must include your full name and address.', 'contact'],
    ['Listen to this article 5 min', 'share'],
    ['Audio is generated using an artificial voice. Learn more about how we use it.', 'audio'],
    ['Post navigation', 'footer'],
    ['Report an error', 'share'],
    ['Click here to subscribe to the Harbour News', 'subscribe'],
    ['We rely on readers like you. Please support our journalism.', 'donation'],
    ['If you value our reporting, become a member today.', 'donation'],
    ['Our journalism needs your support', 'donation'],
    ['Local journalism needs your support. Subscribe today for just $1 for 6 months.', 'donation'],
    ['Harbourlight is a nonprofit newsroom. Our reporting is free for everyone because readers like you support it.', 'donation'],
    ['Download the KHBR 4 News app for breaking news alerts.', 'promo'],
    ['Get the latest Ashby news and breaking news on The Ashby Echo. Download The Ashby Echo app for the latest news.', 'promo'],
    ['Follow The Ashby Echo Google News channel for the latest news updates.', 'promo'],
    ['Minimum cost $12 for the first 12 weeks. Then $6 a week billed every four weeks. T&Cs apply.', 'subscribe'],
    ['This article contains affiliate links, which means we may earn a small commission if a reader makes a purchase.', 'disclaimer'],
    ['1 of 3', 'caption-marker'],
    ['Photo 2 of 10', 'caption-marker'],
    ['Open image in gallery', 'caption-marker'],
    ['Listen · 3:45', 'video'],
    ['00:00 / 01:23', 'video'],
    ['Scroll to continue with content', 'footer'],
    ['Click to expand', 'footer'],
    ['Show more', 'footer'],
    ['Jump to', 'footer'],
    ['Supported by', 'advertisement'],
    ['This page was last edited on 3 March 2024, at 10:12 (UTC).', 'footer'],
    ['1,204', 'counter'],
    // Other languages' page furniture.
    ['Zur Merkliste hinzufügen', 'share'],
    ['Artikel teilen', 'share'],
    ['Поделиться', 'share'],
    ['Udostępnij', 'share'],
    ['Kommentare (214)', 'comments'],
    ['Комментарии: 46', 'comments'],
    ['Skomentuj (132)', 'comments'],
    ['Реклама', 'advertisement'],
    ['Dalsza część artykułu pod materiałem wideo', 'advertisement'],
    ['Lesen Sie jetzt weiter mit KOMPASS+', 'subscribe'],
    ['Jetzt für 1 € testen', 'subscribe'],
    ['Sie sind bereits Abonnent? Hier anmelden', 'subscribe'],
    ['Подпишитесь на рассылку «Приволжского обозревателя»', 'newsletter'],
    ['Have a news tip or photo? Send it to us here.', 'contact'],
    ['Política de privacidade', 'footer'],
    ['Gestion des cookies', 'footer'],
    ['Ansvarig utgivare: Petra Lindhagen-Öst', 'footer'],
    ["Il vous reste 68 % de l'article à lire.", 'subscribe'],
    ['Cet article est réservé aux abonnés.', 'subscribe'],
    ['Har du tips? Mejla tips@aftonstjarnan.se eller sms:a till 71 000.', 'contact'],
    ['Artikeln uppdateras.', 'timestamp'],
    ['list 1 of 3', 'list-marker'],
    ["The views expressed are the author's own and do not necessarily reflect those of the Courier.", 'disclaimer'],
    ['Opinions expressed by Ledgerline contributors are their own.', 'disclaimer'],
    ["When you purchase through links on our site, we may earn a commission. Here's how it works.", 'disclaimer'],
    ['Reporting from Carrow Point, Maine', 'filed-from'],
    ['See more on: Bluewake Compute, Carrow Point (Maine)', 'footer'],
    ['end of list', 'list-marker'],
    ['Save articles to read later and create your own reading list.', 'share'],
    ['Listen to this article | 5 mins', 'share'],
    ['(Updates with analyst comment in fifth paragraph, ratings note in 11th.)', 'timestamp'],
    ['Before it’s here, it’s on the Kestrel Terminal. LEARN MORE', 'promo'],
    ['Usamos cookies e tecnologias semelhantes para melhorar sua experiência.', 'cookies'],
    ['Vi och våra partner använder cookies för att anpassa innehåll och annonser.', 'cookies'],
    ['We and our partners use cookies to personalise content.', 'cookies'],
    ['このサイトではクッキーを使用しています。閲覧を続けることで、クッキーの使用に同意したものとみなします', 'cookies'],
    ["The week's biggest gadget news, in your inbox every Friday.", 'newsletter'],
    ['Sie wollen keine Nachrichten aus Ihrer Region verpassen? Abonnieren Sie den kostenlosen Newsletter des Tageblatts.', 'newsletter']
  ])('%s is %s', (text, rule) => {
    expect(chromeRule(text)).toBe(rule)
  })

  it.each([
    'The council said it would share the costs with the county.',
    'Readers wrote in to support the campaign for a new library in the town centre.',
    '© Reuters / David Mercado',
    'More than 200 people attended the meeting.',
    'Have you got any idea how much the bridge will cost, she asked the council.',
    'The paper said it would print the letters in full on Saturday.',
    'Editors said the paper could not survive without its readers, who have funded it since 1998.',
    'Residents can open image files of the plans in the gallery at the town hall.',
    'The council won 1 of 3 seats in the by-election.',
    'Show more respect for the river, the mayor told the crowd.',
    '14.09.2023',
    'Die Kommentare des Ministers sorgten für Unruhe in der Koalition.',
    'Реклама на телевидении подорожала на треть за год.',
    'Les salariés ont appris la nouvelle jeudi. Il vous reste peu de temps, a dit le maire.',
    'Impressum und Datenschutz sind auf der Website der Stadt zu finden, sagte die Sprecherin.',
    'Reporting from the front line has become far more dangerous for local journalists since the spring.',
    'Ми використовуємо нові підручники, сказала директорка.',
    'Η ομάδα χρησιμοποιεί νέα πλοία από την Τρίτη.',
    // A gallery's byline.
    'Compiled by Ottilie Brandwine',
    // A skip link's words inside a sentence are the sentence's.
    'El concejal pidió ir al contenido del informe antes de votar, y el pleno aceptó.',
    // A byline's parts, with a date and time, are no menu.
    'Jane Roe | Staff Writer | Mar 4 | 10:12',
    // The story's own words about a newsroom, an app and a news feed.
    'Harbourlight is a nonprofit newsroom founded in 2019 by three former reporters of the Ashby Echo.',
    'Download the app, the council said, and report potholes directly.',
    'Residents said they follow the Ashby Echo on Google News to keep up with the closures.'
  ])('%s is not chrome', (text) => {
    expect(chromeRule(text)).toBeUndefined()
  })
})

describe('a reader appeal', () => {
  const article = `Court Frees Journalist Held Without Charge

By Mila Tomic

A court on Tuesday released a journalist who had been held for three months without charge after reporting on the sale of a shipyard.

The judge ruled that prosecutors had failed to present any evidence of the fraud they accused him of.

A Message from The Danube Monitor:

Dear readers,

Independent journalism in our region is under more pressure than ever, and advertisers are warned away from us.

Even a small monthly contribution from readers helps us keep our reporting free for everyone.

Support us
Remind me later`

  it('takes its paragraphs and buttons out of the body', () => {
    expect(parseArticle(article).body).toEqual([
      'A court on Tuesday released a journalist who had been held for three months without charge after reporting on the sale of a shipyard.',
      'The judge ruled that prosecutors had failed to present any evidence of the fraud they accused him of.'
    ])
  })

  it('names the rules that took each line', () => {
    const file = runStages(article)
    const appeal = (file.data.lines ?? []).filter((line) => line.text !== '').slice(-6)
    expect(appeal.map((line) => file.data.roles?.[line.index]?.rule)).toEqual(['donation', 'donation', 'appeal', 'appeal', 'appeal', 'appeal'])
  })

  it('ends at the first line that asks for nothing', () => {
    const file = runStages(`${article}\n\nThe shipyard's new owners declined to comment on the case when contacted on Tuesday.`)
    const last = file.data.lines?.at(-1)
    expect(last && file.data.roles?.[last.index]?.label).not.toBe('chrome')
  })
})

describe('a newsletter appeal in the middle of the body', () => {
  it('leaves the paragraphs on either side in the body', () => {
    const article = parseArticle(`Bridge repairs to close Mill Road for six weeks

By Dana Whitfield

Mill Road bridge will close to all traffic from Monday for six weeks while engineers replace its expansion joints.

Sign up for our free morning briefing and get the day's top local stories in your inbox.

Enter your email address

Subscribe

Highways manager Rhys Caldwell said the work had been brought forward after an inspection in February found water getting into the deck.

Pedestrians and cyclists will be able to cross the river on a temporary walkway on the north side of the bridge.`)
    expect(article.body).toEqual([
      'Mill Road bridge will close to all traffic from Monday for six weeks while engineers replace its expansion joints.',
      'Highways manager Rhys Caldwell said the work had been brought forward after an inspection in February found water getting into the deck.',
      'Pedestrians and cyclists will be able to cross the river on a temporary walkway on the north side of the bridge.'
    ])
  })
})

describe("the chrome rules' quick tests", () => {
  // A rule's `requires` gates its pattern, so a line the pattern matches without passing it would be lost.
  const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
  const lines = [...REQUIRES_EXAMPLES, ...linesOfFiles(fixtures, 'input.txt'), ...linesOfFiles(`${SHARED}corpus/`, 'page.txt')]
  const gated = CHROME_RULES.filter((rule) => rule.requires !== undefined)

  it.each(gated.map((rule) => [rule.rule, rule] as const))('let through every line the %s pattern matches', (_name, rule) => {
    expect(lines.filter((line) => rule.pattern.test(line) && !rule.requires?.test(line))).toEqual([])
  })

  it('have example lines matched by every gated rule, so the check above is not empty', () => {
    expect(gated.filter((rule) => !REQUIRES_EXAMPLES.some((line) => rule.pattern.test(line))).map((rule) => rule.rule)).toEqual([])
  })
})
