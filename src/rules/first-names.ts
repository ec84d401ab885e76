/**
 * Common given names across the languages of the news. A bare line such as
 * "Sarah Archer" under a headline is a byline when it starts with one of
 * these; "Key Specs" and "Middle East" are not. The list favours recall over
 * completeness: a name missing here only needs a date or a headline beside it.
 */

const NAMES = `
aaron abby abdul abdullah abigail abraham ada adam adele adrian adriana agnes ahmad ahmed aidan aiko aisha alan alana
albert alberto alec aleksandr aleš alex alexa alexander alexandra alexandre alexis alfonso alfred ali alice alicia alina
alison allan allison alma alon amanda amar amara amber amelia amir amit amy ana anastasia anders andrea andreas andrei
andrés andrew andrzej andy angela angelica angelo anita ann anna anne annette annie anthony antoine anton antonio anya
april arjun arnold arthur arun ashley asma astrid aurelie austin ava ayesha barbara barry bart beatriz beatrice becky
ben benjamin bernard bernd beth betsy betty bianca bill billy bjorn blake bob bonnie boris brad bradley brandon brenda
brendan brett brian bridget brittany bruce bruno bryan byron caitlin caleb cameron camila carl carla carlos carmen
carol caroline carolyn casey catherine cecilia celine cesar césar chad charles charlie charlotte chen cheryl chiara
chidi chloe chris christian christina christine christopher cindy claire clara claudia clement colin connor conor
courtney craig cristina curtis cynthia dale damien damian dan dana daniel daniela danielle daria dario darren dave
david dawn dean debbie deborah declan denis dennis derek devin diana diane diego dimitri dmitry dominic
dominique don donald donna doris dorothy doug douglas duncan dustin dylan ebrahim eddie edgar edith edward eileen
elena eli elias elijah elisa elizabeth ella ellen ellie elliot emily emma emmanuel enrique eric erica erik erin ernesto
esther ethan eugene eva evan evelyn fabian fahad farah fatima federico felipe felix fernando filip fiona florence
francesca francesco francis francisco frank franz fred frederick gabriel gabriela gabrielle gareth gary gavin gemma
george georgia gerald gerard gianluca gillian gina giorgio giovanni giulia giuseppe glen glenn gloria gordon grace
graham grant greg gregory gustavo guy halima hamid hana hannah hans harold harriet harry hassan hazel heather hector
heidi helen helena henri henry hiroshi holly howard hugh hugo ian ibrahim igor ilya imran ines inés ingrid irene isaac
isabel isabella isabelle ivan jack jackie jacob jacqueline jake james jamie jan jana jane janet janice jared jason
javier jay jean jeff jeffrey jen jennifer jenny jeremy jerome jerry jess jessica jesus jesús jill jim jimmy jo joan joanna
joanne joe joel johan johann john johnny jon jonathan jordan jorge jose josé joseph josh joshua joy juan judith judy julia
julian julie juliet julio justin kai kamal karen karim karl kate katherine kathleen kathryn kathy katie katrin kavya
keith kelly ken kenji kenneth kerry kevin khalid kim kimberly kirsten klaus kristen kristin kumar kurt kwame kyle lana
lara larry laura lauren laurence laurent leah lee lena leo leon leonard leonid les leslie liam lily linda lindsay lisa
liu liz lois lorenzo louis louise luca lucas lucia lucía lucy luis luisa luiz luke lydia lynn madeleine maggie magnus
mahmoud manuel marc marcel marco marcus margaret maria maría marie marina mario marion mark marta martha martin mary
mason matt matteo matthew maureen max maxim maya megan mehmet melanie melissa michael michel michele michelle miguel
mihai mike mikhail mila miles milan min mira miriam mohamed mohammad mohammed molly monica morgan morgane muhammad nadia
nancy naomi natalia natalie natasha nathan nathaniel neil nicholas nick nicola nicolas nicole nigel nikhil nikita
nikolai nina noah noel nora norman oleg oliver olivia omar oscar owen pablo paola pascal patricia patrick paul paula
pavel pedro peggy penny peter petr philip philippe phillip pierre pietro priya rachel rafael rahul raj rajesh
ralph ramon ramón randy raquel raul raúl ray raymond rebecca renee rhys ricardo richard rick rita rob robert roberta
roberto robin rodrigo roger roland roman ronald rosa rose ross roy ruby russell ruth ryan sabrina sadie sally sam samantha
samir samuel sandra sanjay sara sarah sasha scott sean sebastian sébastien selena serena sergei sergey sergio seth
shane shannon sharon shaun sheila shirley simon simone sofia sophia sophie stacy stanley stefan stefano stella stephen
stephanie steve steven stuart sue susan suzanne sven sylvia takashi tamara tanya tara ted teresa terry tess thea theo
theresa thomas tiffany tim timothy tina todd tom tomas tomás tomasz tommy tony tracy travis trevor tyler ursula valentina
valerie vanessa vera veronica vicky victor victoria vijay vincent violet vivian vladimir walter wang wayne wei wendy
will william yasmin yuki yusuf yvonne zach zachary zainab zoe zoë
jürgen jörg uwe günter günther dieter wolfgang helmut horst gerhard werner heinz manfred fritz otto tobias timo
torsten thorsten matthias jens lars dirk holger ralf rolf ulrich volker reinhard rüdiger steffen florian lukas jonas
moritz maximilian niklas christoph markus björn monika sabine kathrin birgit heike silke ute anja lea leonie petra
susanne renate gabriele angelika brigitte karin elke martina stefanie tanja katharina christiane annegret ilse
hannelore edeltraud magdalena agnieszka katarzyna małgorzata krzysztof piotr paweł michał marcin łukasz grzegorz
wojciech jacek jolanta ewa aleksei alexei dmitri olga natalya tatiana yelena irina svetlana ksenia yulia andriy
oleksandr volodymyr taras mykola
андрей сергей александр алексей дмитрий михаил иван николай владимир евгений игорь олег павел виктор юрий максим анна
мария елена ольга наталья татьяна ирина светлана екатерина ксения юлия анастасия марина людмила галина глеб антон
роман артём артем денис вадим кирилл константин станислав валентина вера надежда дарья полина алина виктория олександр
володимир микола оксана тарас наталия василий григорий борис леонид пётр петр фёдор федор илья тимур руслан лариса
нина
jussi juha matti mikko antti pekka heikki jari janne tuomas lauri eero aino anni sanna riikka tiina päivi johanna
minna hanna helmi sigrid marit solveig eirik håkon bjørn knut nils per birgitta kerstin elin freja jelmer tormod
gunnhild mette henrik søren mads rasmus kasper
colm ciarán ciaran síle aoife niamh eoin seán séamus pádraig siobhán róisín caoimhe oisín cillian darragh fergal dónal
eimear orla gráinne aisling clodagh cian eamon mairéad máire nuala ronan sinéad tadhg
`

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.trim().split(/\s+/))
