/**
 * Hand-written word lists for the rule-based extractor: titles, role nouns, first names, name
 * particles, organization suffixes, common capitalized words. General English/news vocabulary,
 * not tuned to any particular article.
 */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Title heads that precede a person's name ("President Lee", "Gov. Kemp"); compared lowercased without the final dot. */
export const TITLE_HEADS = words(`
president vice-president president-elect minister premier chancellor king queen prince princess emperor empress
pope cardinal bishop archbishop rev reverend sheikh emir ayatollah imam rabbi sultan
mr mrs ms miss mx dr doctor prof professor sir dame lord lady
gov governor lt-gov senator sen rep representative congressman congresswoman councilman councilwoman
councillor mayor speaker judge justice attorney prosecutor sheriff marshal
gen general adm admiral col colonel lt lieutenant maj major capt captain sgt sergeant cpl corporal cmdr commander
brig brigadier marshal field-marshal
ceo cfo coo cto chairman chairwoman chairperson chair chief director founder co-founder executive
secretary ambassador envoy spokesman spokeswoman spokesperson commissioner inspector superintendent
coach manager trooper detective officer deputy leader whip
`);

/** Words that may precede a title head as part of the title ("Deputy Foreign Minister", "First Vice President"). */
export const TITLE_MODIFIERS = words(`
deputy vice first second former acting interim senior junior chief prime foreign interior home defence defense
majority minority house senate opposition
finance trade oil energy economy economic health education justice culture transport transportation labour labor
agriculture environment industry commerce treasury state federal general executive managing assistant associate
supreme grand crown high head lead principal special national regional provincial district county city
attorney police fire army navy air naval military opposition party former late then outgoing incoming
de facto nuclear top co cabinet
`);

/** Lowercase role nouns that introduce a name ("artist J. Cole", "envoy Tadashi Imai", "analyst X"). */
export const ROLE_NOUNS = words(`
president minister premier leader official officials spokesman spokeswoman spokesperson envoy ambassador diplomat
negotiator counterpart predecessor successor deputy secretary chief head chairman chairwoman director commissioner
governor senator lawmaker legislator congressman congresswoman mayor judge lawyer attorney prosecutor sheriff
analyst economist strategist researcher scientist professor teacher student expert adviser advisor consultant
artist singer songwriter singer-songwriter rapper actor actress comedian musician producer director filmmaker
author writer novelist poet journalist reporter correspondent editor columnist photographer anchor host
player striker midfielder defender goalkeeper forward guard center quarterback pitcher batter receiver
coach manager captain champion winner runner-up seed compatriot teammate rival opponent veteran rookie
founder co-founder owner investor businessman businesswoman billionaire entrepreneur executive ceo cfo
chairperson candidate activist campaigner dissident blogger suspect victim witness resident native citizen
husband wife son daughter brother sister mother father uncle aunt cousin friend partner girlfriend boyfriend
colleague successor nominee appointee general admiral commander officer soldier pilot doctor nurse surgeon
priest pastor bishop cardinal monk pope king queen prince princess heir
`);

/** Words that never start or form a name, even capitalized (sentence starters, days, months, pronouns...). */
export const COMMON_CAPS = words(`
shares stocks stake a an the this that these those there here it its he she his her him they them their we our us you your i me my
in on at to of for from by with without into onto over under after before during since until about against
and but or nor so yet if as than then when where while why how what who whom whose which because although though
also still even only just already again however meanwhile moreover furthermore thus therefore instead otherwise
not no yes all any some many most much more less few several each every both either neither other another such
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
january february march april may june july august september october november december
one two three four five six seven eight nine ten first second third last next new old
mr mrs ms dr according among amid despite via per around across along following including
breaking update updated exclusive analysis opinion editorial video photo photos watch read share advertisement
related more story stories news report reports reported details officials experts analysts sources
please note click subscribe sign log
`);

/** Organization head words: a capitalized sequence ending in one of these is an organization. */
export const ORG_SUFFIXES = words(`
corp corporation co company companies inc incorporated ltd limited llc plc gmbh ag sa nv bv spa pte pty lp llp
group holdings holding partners ventures capital exchange markets investments fund funds trust bank bancorp financial securities
insurance assurance industries technologies technology tech systems solutions software networks communications
telecom electronics semiconductor semiconductors motors motor automotive airlines airline airways aviation air
energy power electric utilities gas petroleum oil mining steel chemicals pharmaceuticals pharma biotech therapeutics
labs laboratories research foods beverages brands retail stores entertainment media studios pictures records publishing
press times post journal herald tribune gazette telegraph daily weekly news newspaper magazine review chronicle
observer guardian standard express mirror courier sun star globe inquirer monitor radio television tv broadcasting
network channel agency agencies ministry department departments bureau office commission committee council
board authority administration service services directorate secretariat inspectorate
party parliament congress senate assembly court tribunal cabinet government
army navy force forces guard corps command police patrol militia brigade regiment battalion division
university college school academy institute institutes institution center centre centers centres foundation association society
initiatives alliances trusts
federation union league alliance coalition organization organisation organisations organizations
confederation consortium syndicate cooperative club team fc afc forum
church mosque temple hospital clinic museum library
headquarters secretariat tour fire
`);

/** Suffixes that are org heads only when several words precede them (avoid "Fire" alone etc.). */
export const WEAK_ORG_SUFFIXES = words(
  `fire tour sun star globe standard express mirror review power gas oil team air`,
);

/** Head words of government bodies: a country name inside such an organization still mentions the country. */
export const GOV_ORG_HEADS = words(`
ministry department government embassy consulate army navy force forces guard police parliament congress senate
assembly cabinet administration agency office council court military command party
`);

/** Org names that start with these + "of" are organizations ("Ministry of Defence", "Bank of Japan"). */
export const ORG_LEADS = words(`
ministry department bureau office university college bank board council commission committee institute
association federation union league court house embassy consulate church academy society agency school
center centre centers centres
`);

/** Events, laws, products: a chunk ending in these is neither organization, person nor place. */
export const NON_ENTITY_SUFFIXES = words(`
act acts bill law laws treaty accord agreement convention charter protocol doctrine plan initiative program programme
open cup games olympics olympic championship championships prize award awards trophy series season war wars
day week month year era summit conference festival expo show awards bowl classic grand prix marathon
declaration resolution amendment constitution code index report survey census
`);

/** Place head words: a capitalized sequence ending in one of these is a place. */
export const PLACE_SUFFIXES = words(`
island islands isles sea seas ocean gulf bay strait straits channel peninsula province prefecture county district
region state territory valley river lake mountains mountain mount hills desert plain plateau basin delta coast
cape canal harbour harbor port airport square avenue street road bridge park beach heights falls palace castle stadium arena cathedral
`);

/** Name particles allowed inside personal names ("Vina del Mar", "Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES = words(
  `de del della der den di da do dos das du van von le la al el bin ibn bint ben y`,
);

/** Connectors allowed inside organization names when followed by a capitalized word. */
export const ORG_CONNECTORS = words(`of for on the and & de del du des der fur für`);

/** All-caps words that are not organizations (positions, units, technologies, abbreviations). */
export const NON_ORG_ACRONYMS = words(`
ai ceo cfo coo cto cio vp svp evp md phd mba gdp gnp cpi tv pc pm am gmt utc est edt pst pdt bst cet ok
us uk usa uae dprk rok prc drc eu nk
id dc no vs mr ms mrs dr st jr sr ii iii iv vi vii viii ix xi xii
qb wr rb te lb cb db ol dl k-pop kpop lol omg faq rss pdf usd eur gbp jpy cny krw rmb
it ip iot ev evs api apis gpu gpus cpu cpus hbm dram nand ssd lcd led oled hd uhd 4k 5g 4g lte
covid sars hiv aids dna rna mri icu er
kv kva mva mvar mw mwh gw gwh kw kwh twh bcm bpd
breaking update updated exclusive watch live video photo photos read more new end
a i
`);

/** Common given names (international mix). Lowercase, accents stripped. */
export const FIRST_NAMES = words(`
aaron abby abdul abdullah abraham adam adele adrian agnes ahmed ahmad aidan aisha alan alana albert alberto alec
alejandro alex alexa alexander alexandra alexandre alexei alexis alfred alfredo ali alice alicia alison allan allen
alvaro amanda amber amelia amir amit amos amy ana anastasia anders andre andrea andreas andres andrew andrei andrzej
andy angel angela angelina angelo anil anita ann anna anne annie anthony anton antoine antonio april arjun arnold
arthur arturo ashley audrey austin ava axel barack barbara barry bart beatriz becky ben benjamin benoit bernard
bernie beth betty beverly bill billy bob bobby bonnie boris brad bradley brandon brenda brendan brett brian bridget
brittany bruce bruno bryan caleb calvin cameron camille carl carla carlos carmen carol caroline carolyn carrie
catherine cedric celine cesar chad charles charlie charlotte chen cheryl chloe chris christian christina christine
christopher christophe chuck cindy claire clara clarence claude claudia clay clint cody colin connor conor craig
cristiano crystal curtis cynthia daisy dale damian damien dan dana daniel daniela danielle danny dario darius darren
dave david dawn dean deborah debra dennis derek desmond diana diane diego dimitri dmitry dmitri dominic don donald
donna doris doug douglas duncan dustin dwayne dylan earl ed eddie edgar edith edmund eduardo edward edwin
elaine eleanor elena eli elias elijah elisabeth elizabeth ella ellen elliot ellie elon emanuel emily emma emmanuel
enrique eric erik erica erin ernest ernesto esther ethan eugene eva evan evelyn fabio faisal farah fatima felipe
felix fernando filip fiona florence frances francesca francis francisco franco francois frank frankie franz fred
frederick friedrich gabe gabriel gabriela gail gareth garrett gary gavin gene george georg georgia georgina gerald gerard
gerhard gianni gilbert gina giorgio giovanni giuseppe glen glenn gloria gordon grace greg gregory
guillermo gustavo guy hailey hamid hannah hans harold harriet harry harvey hassan heather hector heidi heinrich
helen helena helmut henri henrik henry herbert hillary holly horacio howard hugh hugo hussein ian igor ilya imran
ingrid irene iris isaac isabel isabella isaiah ismail ivan ivana jack jackie jackson jacob jacqueline jacques jaime
jake james jamie jan jane janet janice jared jason javier jay jean jeff jeffrey jen jennifer jenny jeremy
jerome jerry jess jesse jessica jesus jill jim jimmy jo joan joanna joao joaquin jodi joe joel joey johan johann
john johnny jon jonathan jordan jorge jose josef joseph josh joshua joyce juan juanita judith judy jules julia
julian julie julien juliet julio justin kaitlyn kamala kanye karen karim karl kate katherine kathleen kathryn kathy
katie katrina kay keith kelly ken kenneth kenny kerry kevin kim kimberly kirk klaus kristen kristin kurt kyle
lana lance larry laura lauren laurent lawrence leah lee leila leo leon leonard leonardo leslie lewis liam lily
linda lindsay lindsey lionel lisa liz lois lorenzo lori louis louise lucas lucia lucy luigi luis luka lukas
luke luther lydia lynn madeleine madison magnus malcolm manuel marc marcel marco marcos marcus margaret
maria marian marie marilyn mario marion mark marko marta martha martin marty marvin mary mason mateo mathieu
matt matteo matthew matthias maureen maurice max maxim maxime maxwell megan mehmet melanie melissa mercedes
michael michel michele michelle miguel mikael mike mikhail milan milos mitch mitchell mohamed mohammad
mohammed mohammad molly monica muhammad nadia nancy naomi narendra natalia natalie nathan nathaniel neil
nelson nicholas nick nicola nicolas nicole nigel nikita nikki nikola nikolai nina noah noel nora norman oleg oliver
olivia omar oscar owen pablo pamela paolo pat patricia patrick paul paula pauline pavel pedro penelope penny
peter petra phil philip philippe phillip pierre piotr priya rachel rafael rahul raj ralph ramon randy raphael
raul ray raymond rebecca reggie renee rex ricardo richard rick ricky rishi rita rob robert roberta roberto robin
rocco rodrigo roger roland rolf roman ron ronald rory rosa rose ross roy rudy russell ruth ryan sabrina sadiq
sally salman sam samantha sami samir samuel sandra sanjay sara sarah saul scott sean sebastian serena sergei
sergey sergio seth shane shannon sharon shaun shawn sheila shelby shirley sid simon simone sofia sonia sophia
sophie stacy stan stanley stefan stefano stephan stephanie stephen steve steven stuart sue susan suzanne
sven sylvia tadashi takeshi tamara tammy tanya tara ted teresa terry theo theodore theresa thomas tiffany tim
timothy tina todd tom tomas tommy toni tony tracy travis trevor troy tyler ulf ulrich uma valentin valentina
valerie vanessa vera veronica victor victoria vijay vikram vincent viktor vivian vladimir walter wanda warren
wayne wendy wesley will william willie wilson wolfgang xavier yasmin yolanda youssef yuri yusuf yvonne zach
zachary zoe hiroshi kenji yuki yuko haruki shinzo fumio yoshihide shigeru taro ichiro akira naoko keiko
abdel abdelaziz abdulaziz abdullahi abu adnan ahmet akbar alaa amina amr anwar ashraf ayman aziz bashar bassem
bilal dalia fadi farid fawzi ghassan habib hadi hakan hamza hana hani haroun hisham hosni husam ibrahim idris imad
issa jamal jawad kamal karima khaled khalid laila layla mahmoud majed malik mansour marwan maryam mehdi mohsen mona
mostafa moussa mustafa nabil nadim najib nasser nour omar osama rami rania rashid recep reza saad saeed salah
salim sami sara shadi sharif tarek tariq walid yahya yasser yousef zaid zainab ziad
abiodun adebayo aliko amadou babajide bola chidi chinedu chukwuemeka cyril emeka femi funmilayo goodluck ibrahim
jacob jomo kwame kofi mamadou moussa muhammadu nana ngozi nnamdi obi ogbonna olusegun oluwaseun paul raila samia
seun thabo uhuru william yemi yoweri
aditya ajay akash amitabh anand arvind ashok deepak gautam harsh kiran lalit manish manoj mukesh nitin piyush
pooja prakash rajesh rajiv rakesh ramesh ravi rohit sachin sanjeev shashi shivam sonia sunil suresh vinod virat
yogi yogesh
aleksandr aleksei alexey anatoly andriy boris denis dmytro evgeny fyodor gennady grigory igor ilya kirill
konstantin leonid maksim mikhail nikolay oleksandr oleksiy pavel petro roman ruslan sergiy stanislav svetlana
taras valery vasily viktor vitaly volodymyr vyacheslav yevgeny yulia yuri
adriana agustin alberto alejandra alonso ana andres beatriz camila catalina cristina diego eduardo emilio esteban
fabiola federico gabriel gonzalo guadalupe hugo ignacio isabel javier jimena joaquin jorge josefina juan
leonel lorena lucas luciana manuel marcelo mariana mauricio miguel nicolas octavio pilar rafael ramiro ricardo
rodrigo santiago sebastian sergio silvia tomas valeria vicente ximena
andre antonio bruno caio carlos daniela fernanda flavio gustavo jair joao leandro luiz marcos marina paulo
renato thiago vinicius
bjorn henrik ingrid jens jonas kristian lars magnus mats nils olaf ole per rasmus soren stefan sven ulrika
bernd christoph dieter frank jurgen karl klaus manfred markus michael norbert olaf rainer uwe werner wolfgang
pierre jean-pierre jean-luc jean-claude francois emmanuel gerard jacques laurent marine nicolas olivier
thierry yves
agnieszka andrzej jaroslaw katarzyna krzysztof marek mateusz piotr tomasz wojciech
giorgia giuseppe matteo mario sergio silvio
jae jin seung sung hyun soo kyung
aaliyah abdi abdoulaye abebe abena abigail abiola adaeze ademola adeola afua aiden aiko aileen aisling akosua
alassane alexandria alhassan alibek aliya alma alyssa amaka amani amara aminata amine angelica annika anouk
antonella arash aria ariana arif armando arnav asad asha asif astrid ayaan ayesha ayodele baraka bashir
beatrix bethany bianca bogdan bongani brianna brooke bukola busisiwe caitlin
callie cansu carmela cassandra cecilia chiamaka chika chinonso chioma cole
damir dante darnell dawit deandre declan deniz dilnoza doruk ebere
efua elif elin eliza emine emmett esi esra fahad farhan farida faruk fatou fatuma finn
florin folake gaurav gemma giorgi griffin gulnara gwen hadiza haley halima hanna haruto hatice
hazel hoang huda ifeoma ikechukwu ilhan ilse imogen inga iqbal irina isabela isla
jabu jace jalen jameson jamila jasmine jaxon jayden jaylen jaylon jelena jenna jett jiho
jillian josie jude juma kai kareem kateryna kayla keenan kellen kelsey kemal kendrick khadija
khalil kojo kwabena kwesi kyler kylie lacey lakshmi lamine landon lerato levi lila lindiwe lola luca luna
maddie madeline madina maeve maggie mahamat maimuna malak malika mallory mariam marisol marissa
masud maya meera mei mia micah mihai mila milica mira miranda mirela mohamad mpho mthunzi musa
naledi nazanin neha nia nikhil nilufar nkechi nolan noura nuno obinna ogechi oksana olena olga
omari ousmane quentin reid rohan ronan rowan rukhsana
rustam sabina sadia sadie sahar salma samira sandeep scarlett shahid
shreya sibusiso siddharth sienna silas sina sipho skylar sloane soraya sourav tahir
talia tamar tanvir thandiwe themba trey tristan tunde tyson uche ugo umar usman
vusi wei wen yaroslav yasmine yaw yerlan zane zanele zara zeynep zhanna
zoran
drew graham grant logan miles morgan ruby stella
`);

/** Common East Asian family names (romanized): "Lee Jae Myung", "Xi Jinping", "Noh Kyu-duk". */
export const EAST_ASIAN_SURNAMES = words(`
kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin kwon
hwang ahn an song yoo yu hong jeon chun ko go moon mun yang son bae baek heo huh nam noh roh ha kwak sung cha joo
woo min ryu na jin ji um chae won bang gong hyun ham byun yeo choo do seok sun ma gil ban
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo he gao lin luo zheng liang xie tang han feng
deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao lu jiang cui zhong
tan lu wang fan jin shi liao jia xia fu fang zou xiong bai meng qin qiu hou jiang yin xue yan duan lei long
li xi mao hua kong qian tao wen
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
`);

/** Words that are surely not personal names when capitalized (used to veto person guesses). */
export const NON_NAME_WORDS = words(`
state states national international united federal republic democratic people's peoples royal imperial central
north south east west northern southern eastern western upper lower greater new old great little saint st
city county township province district region island islands street road avenue route highway bridge park
house senate bill act court hall tower center centre square station airport port harbour harbor
north-east north-west south-east south-west
communist socialist labour labor liberal conservative democrat democrats republican republicans green greens
christian catholic muslim islamic jewish buddhist hindu
army navy force forces police guard fire sheriff department ministry office agency bureau board council committee
company corp inc group bank party union league association university college school institute
times post journal news daily herald tribune press media network
cup open games championship tour series
god allah jesus christ
internet web online mobile digital global
ai chip chips
`);

/** Words that start football/sports club names ("Real Madrid", "Bayern Munich", "Inter Milan"). */
export const CLUB_PREFIXES = words(`
real atletico atlético athletic inter ac as ss fc afc sc sv vfb vfl tsg rb bayern borussia olympique olympiacos
sporting dynamo dinamo racing deportivo celtic rangers galatasaray fenerbahce besiktas ajax feyenoord psv benfica
porto juventus lazio roma napoli fiorentina sevilla valencia villarreal
`);

/** Words that end sports club names ("Manchester United", "Aston Villa", "Leeds United"). */
export const CLUB_SUFFIXES = words(
  `united city fc afc athletic rovers wanderers albion hotspur villa wednesday town`,
);
