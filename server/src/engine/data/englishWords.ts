// English words that matter for finding names: which capitalised words are ordinary, which are titles,
// which end an organisation's name. All lower-case.

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Function words: never a name on their own, whatever their case. */
export const EN_FUNCTION_WORDS = set(`
the a an in on at of for to from by with about after before during since until as and but or nor so yet if
when while where why how what which who whom whose that this these those there here it its it's he she they we i
you his her their our my your them us me him some many more most much few several all any each every both either
neither no not one two three four five six seven eight nine ten first second third last next other another such
only also even just still already however meanwhile moreover furthermore therefore thus although though because
despite according currently recently today yesterday tomorrow now then over under between among against within
without through across around near per via than like unlike is are was were be been being has have had do does did
will would can could should might must shall let yes very too once again never always often sometimes perhaps
maybe indeed instead otherwise besides nevertheless nonetheless hence whether unless whereas upon onto into out up
down off back away ago later earlier soon well almost nearly roughly approximately about above below beyond behind
beside along amid amidst toward towards throughout underneath whatever whoever whichever wherever whenever
mr mrs ms dr ever whether whatever also
`);

/** Ordinary words that often open a sentence or a headline with a capital. */
export const EN_COMMON_WORDS = set(`
internet online offline web website websites government governments official officials expert experts analyst analysts
sales trade exports imports export import prices price data figures statistics shares share investors investor
companies company firms firm people users user customers customer shoppers shopper visitors visitor growth revenue
revenues profit profits economic economy economies market markets total overall annual global local national
international foreign domestic new old big large small major key main top high low early late latest recent current
previous former future home world business police authorities authority residents students scientists researchers
doctors health education security energy oil gas water food climate weather war peace talks sources source reports
report news media social political public private state federal regional central giant rival rivals critics
supporters voters lawmakers half total cross-border e-commerce ecommerce consumers consumer buyers sellers seller
retailers retail industry industrial production output demand supply investment investments cooperation relations
ties agreement agreements deal deals plan plans project projects summit meeting meetings visit visits president
leaders leader members member countries country nations nation city cities region regions area areas town village
capital border borders trains train cargo goods products product services service platform platforms site sites
store stores shop shops shopping payment payments delivery logistics transport traffic tourism tourists tourist
agriculture farmers workers employees staff team teams group groups family families children child women men man
woman youth young younger older elderly adults adult population citizens citizen migrants refugees patients
victims survivors witnesses officers soldiers troops forces army military navy fighters rebels militants protesters
demonstrators activists campaigners organisers organizers fans players player coach coaches judges lawyers
prosecutors investigators journalists reporters editors writers artists musicians singers actors
this that these those it its they we
measured estimated expected reported said says told added noted warned announced according compared based located
founded established launched opened closed held signed built made given taken seen known called named
two-way one-way long-term short-term year-on-year year-over-year
yesterday today tonight tomorrow morning afternoon evening night week weeks month months year years day days
decade decades century quarter season spring summer autumn fall winter
everyone everything everybody someone something somebody anyone anything nobody nothing none
north south east west northern southern eastern western north-west north-east south-west south-east
northwestern northeastern southwestern southeastern
exit menu home contact search login share comments comment photo video image images source sources update updated
welcome thanks sorry please note warning breaking live read more
higher lower greater fewer bigger larger smaller older younger earlier further better worse best worst
death deaths shark storm storms hurricane hurricanes tsunami earthquake flood floods fire fires rain rainfall snow
wind winds heat drought category minute minutes hour hours second seconds toll thieves thief police crime court
street road avenue square bridge river lake sea ocean island islands mountain hill park airport station
unbeaten undefeated champions champion winners winner
`);

/** Titles and roles: they introduce a name but are not part of it. */
export const EN_TITLES = set(`
president vice-president prime minister premier chancellor chairman chairwoman chairperson chair ambassador secretary
secretary-general deputy assistant chief executive officer director head ceo cfo coo cto founder co-founder
spokesman spokeswoman spokesperson governor mayor senator congressman congresswoman judge justice king queen prince
princess emperor empress pope sheikh emir sultan mr mrs ms miss dr prof professor sir dame lord lady rev reverend
father captain colonel lieutenant sergeant commander admiral marshal leader speaker attorney commissioner envoy
consul counsellor counselor adviser advisor aide manager partner editor correspondent analyst economist
superintendent inspector detective agent sen rep gov gen col lt sgt capt adm maj cardinal bishop archbishop patriarch
rabbi imam ayatollah mufti coach president-elect chairman-elect officer official officials
`);

/** Words that qualify a title ("Economic Development Minister", "Chief Business Development Officer"). */
export const EN_TITLE_MODIFIERS = set(`
economic development foreign trade finance financial defense defence interior justice health education energy
industry industrial commerce commercial business agriculture transport culture labour labor environment digital
emergency science technology technical communications affairs national security deputy first senior former acting
general executive operating marketing sales regional country managing associate vice assistant chief press public
relations state home external international internal economy investment strategy strategic
`);

/** Nouns that end the name of an organisation, event or document. */
export const EN_ORG_HEADS = set(`
company corporation corp inc ltd llc plc group holding holdings bank fund forum union association organization
organisation committee commission council ministry department agency authority administration bureau office institute
university college academy school museum party front movement alliance federation league society foundation
initiative program programme project service services post railways railway airlines airways motors industries
systems technologies network exchange court parliament congress senate assembly duma army navy force forces guard
church cathedral hospital center centre club summit conference festival games cup championship award prize act
treaty agreement accord declaration plan strategy times news journal daily review magazine gazette tribune herald
channel radio television tv
`);

/** Lower-case words allowed inside a capitalised name ("Committee for Peace and Development", "Rio de Janeiro"). */
export const EN_CONNECTORS = set(`of for and the de da do du des del della di von van der den al el la le bin ibn y &`);

/** Upper-case abbreviations that are ordinary vocabulary, not names. */
export const EN_COMMON_ACRONYMS = set(`
gdp gnp cpi ppi vat ceo cfo coo cto it ai ar vr usd eur rmb cny gbp jpy rub utc gmt pm am tv id ok phd hiv aids
covid sars mers dna rna ipo m&a b2b b2c faq pdf url http https www km kg mph ft lb oz bn mn tn q1 q2 q3 q4 h1 h2
a.m p.m a.m. p.m. us-based ip iot api sms gps usb lcd led
`);
