"""The words of case records that look like names and are not: ethnicity, nationality,
religion and language words, what children call their relatives, the labels of a record's
fields, days, months and festivals, and the words that make a capitalised run a place or an
institution. `names.py` and the detectors built on it read them."""

import re

# Ethnicity, nationality, religion and language words (census categories and the like).
ETHNICITY_TEXT = """white black british english scottish welsh irish northern caribbean african
madeiran
asian mixed other arab arabic gypsy roma romany traveller travellers showman showmen
pakistani bangladeshi indian chinese polish romanian lithuanian latvian slovak czech
bulgarian hungarian ukrainian russian albanian kurdish kurd turkish iranian iraqi syrian
afghan eritrean ethiopian somali sudanese nigerian ghanaian kenyan ugandan zimbabwean
congolese jamaican filipino vietnamese portuguese spanish italian french german european
muslim christian catholic hindu sikh jewish buddhist orthodox pentecostal pentecost urdu punjabi
bengali sylheti gujarati tamil tigrinya amharic pashto dari darija farsi yoruba igbo twi hausa
swahili shona lingala patois creole heritage background ethnicity ethnic british-pakistani
british-indian british-bangladeshi latin american east west south north central akan fante
ashanti ewe edo urhobo kashmiri mirpuri pathan pashtun baloch hazara tajik uzbek chechen
bosnian kosovan kosovar trinidadian barbadian bajan slovakian romani sinti estonian brazilian
colombian thai nepali nepalese tibetan cantonese mandarin yemeni libyan moroccan algerian
egyptian palestinian lebanese jordanian saudi sri lankan dual nationality rastafarian leonean
rastafari anglican methodist baptist quaker sunni shia shi'a ahmadi ahmadiyya yazidi
zoroastrian jain sikhism islam hinduism judaism atheist agnostic oromo tagalog malayalam telugu
kannada sinhala sinhalese hindi marathi sorani kurmanji badini berber amazigh krio wolof fula
mandinka zulu xhosa ndebele afrikaans cape verdean mauritian goan malay indonesian japanese
korean taiwanese hongkonger belarusian georgian armenian azerbaijani kazakh moldovan serbian
croatian slovenian macedonian montenegrin greek cypriot maltese dutch belgian swiss austrian
swedish norwegian danish finnish american canadian mexican peruvian chilean argentinian
venezuelan ecuadorian bolivian cuban dominican haitian guyanese grenadian vincentian antiguan
bahamian fijian samoan tongan maori australian mongolian burmese rohingya cambodian laotian
hmong bhutanese omani emirati qatari kuwaiti tunisian chadian malian senegalese gambian
guinean liberian ivorian togolese beninese cameroonian rwandan burundian tanzanian malawian
zambian mozambican angolan namibian congolese somalilander romanes shelta gurkha gurkhas
bosniak bosniaks derja konkani kreol morisien chagossian"""
ETHNICITY = frozenset(ETHNICITY_TEXT.split())

# What children call their relatives, in English and the families' languages: not names.
KIN_WORDS_TEXT = """granny grandma grandpa grandad gran nan nana nanny aunty auntie uncle dadi
dada nani nanu baba bibi ammi abbu amma appa ammu abba bunica bunicul mamaia tata mama papa
babcia dziadek babushka dedushka močiutė mociute senelis abuela abuelo nonna nonno oma opa
ayeeyo awoowe habooba jiddo teta nene dede mammy mammie mummy daddy nanna nannie grandmammy
doamna domnul bulibasha oga alhaja bhai bhaiya baji apa appi khala khalu chacha chachi mamu mami
nanaji naniji dadaji dadiji beta beti bruv bro sis hun babe mate pal darling sweetheart iya
maame nne nna mamaie tataie bunicu babo tete gogo sekuru mbuya ambuya amai mukoma sisi ouma
oupa gugu umkhulu malume kaka hooyo aabo aabe abo adey ayey grandda granda grandaddy daddo
mamó mamo daideo anneanne babaanne teyze amca dayı dayi yenge abla dede nine bà ông
chú dì cô bác dadima nanima phupho phuppo taya tayi mamo mamoo nanny-ji ammi-ji abbu-ji
babushka dido didus tato mamusia wujek ciocia dziadzia babunia bunico mamaie tataia unchiu
mătușă matusa bade nnem nnam papa-ji mammaw pappy pop-pop habo eedo adeer abti walaal hawey
hafti khalto ammo khalo amto dadu nanu paapa nainai yeye laolao waipo gonggong popo ahma ahpa
dayê daye bavo dapîr dapir bapîr bapir mẹ bố
maman khaleh khale ammeh amme amoo amu madarjoon babajoon yiayia giagia pappou papou pappous
theia theio nouna nounos hajurama hajurba hajuraama bhauju achchi seeya thaththa akka aiya
nangi malli chechi chettan ammachi appachan ammamma achan eomma eomeoni halmeoni harabeoji
oppa noona nuna hyung samchon nagymama nagyi nagypapa anyu apu anyuka apuka babusia
babusya babtsia nenya babka dedko vecmāmiņa vecmamina omīte omite mumma tanty tantie granpa
grampa nennen buni bhabhi bhabi jiju jija bua masi mausi bapuji kaki thakuma thakurda mashi
pishi kaku jethu boudi paati thatha thambi chithi periyamma tatuś tatus dziadzio tanti nenea
eeddo habaryar emaye abaye nnenne egbon aburo grandy jiejie gege chị lolo kuya vovó vovo vovô
titia abuelita abuelito gjyshe gjyshja gjyshi teze dyado lelya chicho tyotya dyadya jaddah
jadda jaddi sitti sitto enişte eniste agabey ağabey avó avô avo vovô bisavó madrinha padrinho
togbui togbe mama-ɖe dada-ɖe daja xhaxhi hallë halle nënë nene baba-ji mamgu tadcu tad-cu nain
taid mamgu-ji koko nkoko mam mammy-ji dadus dadu-ji koro kuia seanmhair seanair papu
aama buwa daadi daada didi tita tito nanay tatay babi dedo hajurmuwa filha filho mamãe mamae
papai abu mor plar daya dayka hajurbuwa lola mum mom mima pappa nagyapa babá mamaidh umma kawu
zeidy zeide zaidy zaide zeida bubby bubbe bubbie bobbe tatty tatte tatti nena tetka tetak ujak
ujna strina amidža amidza baka yemma yema nanamma tatamma nayanamma mamã papá mémé meme pépé
khalti khaltou tantine tonton tatik papik awicha awichu mamá papá abuelita
biji bebe beji bapu veerji paaji behenji bhenji bhainji chachaji taiji mamiji masiji buaji
manman granmanman granpapa tantinn matant mè má cậu mợ dượng senelė senele tėtis tetis tėtė
dėdė babamukuru maiguru babamunini mainini vatete ujo ujko
aav eej emee övöö ovoo egch thangachi chithappa periyappa athai haftey aboy abay wofa sewaa inay
itay nanang tatang manong manang ummi ummy abuya abooya yaba yumma yamma khalati granmer granper
mamaji bhua bhuaji grampy gramps granfer jiddah jaddah jadda agya maame haboba habooba
jiejie korkor gege meimei mamma nan-nan nannan agba"""
KIN_WORDS = frozenset(KIN_WORDS_TEXT.split())

# Scots (and other dialect) words a child's or a parent's speech may be written in, which start
# a sentence capitalised and which no list of English words holds: "Noo it's just me", "Dinnae
# tell her".
DIALECT_WORDS_TEXT = """noo dinnae didnae cannae wisnae isnae wouldnae couldnae shouldnae doesnae
willnae hasnae havenae aye naw och awright gonnae wannae"""
DIALECT_WORDS = frozenset(DIALECT_WORDS_TEXT.split())

# Labels of a record's fields and words of address: never a name on their own.
FIELD_WORDS_TEXT = """name names addr address hosp tel telephone mob mobile eth ethnicity ref re occ
subject dob gender sex lang language religion nhs ni postcode email contact date time from to
cc bcc tel. ph phone fax dept dept. nok kin relationship occupation age school gp agency role
outcome action actions concerns concern summary background notes note referrer referral
reason present apologies attendees status category risk level plan review signed sir madam
colleague colleagues team all whom concern parent parents carer carers guardian client
patient pupil student member members friends everyone officer doctor nurse manager chair
dear hello hi greetings regards thanks yours sincerely faithfully kind best warm ofsted
cafcass nspcc barnardo's barnardos cpoms camhs mash lado marac mappa snap mosaic liquidlogic
systmone emis rio carefirst eclipse frameworki lcs ehm capita synergy myconcern sims arbor merlin
cerner trakcare
ps pps nb sent chronology introduction appendix
rgn rmn rnld rscn rn rm scphn sphn nmp bsc msc ba ma mba phd dipsw dipswk pgdip pgcert cqsw"""
FIELD_WORDS = frozenset(FIELD_WORDS_TEXT.split()) | KIN_WORDS

# Days and months (and their short forms) are never a first name alone.
CALENDAR_WORDS_TEXT = """monday tuesday wednesday thursday friday saturday sunday mon tue tues
wed thu thur thurs fri sat sun january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter
eid diwali ramadan ramadhan ramzan vaisakhi baisakhi holi hanukkah passover navratri
hogmanay dashain tihar"""
CALENDAR_WORDS = frozenset(CALENDAR_WORDS_TEXT.split())

# Words that make a capitalised run a place or an institution, not a person.
PLACE_WORDS_TEXT = """primary junior infant infants secondary academy school college nursery
church chapel mosque masjid madrasa madrassa mandir temple gurdwara synagogue cathedral parish
village town city estate
park green common heath moor bridge cross hill hills vale valley wood woods field fields
farm site sites camp court house hall lodge cottage cottages manor gardens street road lane
avenue close drive crescent place way grove terrace row walk mews square parade rise view
centre center clinic hospital surgery practice ward unit library station airport aid refuge
movement hub trust service services team police council partnership project canal marina wharf
basin lock river reservoir"""
PLACE_WORDS = frozenset(PLACE_WORDS_TEXT.split())

# Apps, games, helplines, children's programmes and characters, and football clubs that young
# people and their workers name: "sent it on Snapchat", "Kooth offered", "Papyrus leaflet
# given", "watches Bluey", "a Benfica scarf". Never a person.
_APP_NAMES_TEXT = """snapchat tiktok instagram whatsapp facebook messenger youtube roblox fortnite
minecraft discord telegram yubo omegle wizz xbox playstation kooth childline papyrus deliveroo
netflix twitch spotify pokemon pokémon peppa bluey cocomelon disney barbie spiderman
gruffalo fifa benfica flamengo juventus barcelona arsenal everton toon ospreys argyle celtic spurs
hibs robux vbucks
doritos haribo pringles lucozade viber wechat"""
APP_NAMES = frozenset(_APP_NAMES_TEXT.split())

# Festivals, a faith's everyday phrases, slurs and jobs written in Welsh: never a person ("fast
# before Fasika", "Inshallah", "called her Pikey", "Gweithiwr Cymdeithasol").
_NEVER_NAMES_TEXT = """eid ramadan ramadhan diwali vaisakhi baisakhi navratri hanukkah christmas
easter fasika timkat genna pongal onam vesak nowruz purim inshallah mashallah alhamdulillah
wallahi pikey gweithiwr
cymdeithasol ymwelydd iechyd athro athrawes pennaeth nyrs meddyg bayram bayramı kurban şeker
shwmae buna ziua proverbs psalms apgar guardianship pastor gammon cynorthwyol dirprwy
interagency multiagency stages questionnaire headteacher headmaster headmistress
corsa astra qashqai micra yaris clio hogmanay dashain tihar salamat retd barnardo mikulás
mikulas shabbos shabbat sukkos sukkot pesach chanukah chanukkah shavuos shavuot erev
bajram ramazan kwibuka ugadi sankranti hatzola hatzalah shomrim careline registrar rav yom
fella raymi jazakallah atentamente saludos cordialement
naadam losar songkran holi lohri thaipusam deepavali chuseok seollal kwanzaa juneteenth navidad
nochebuena carnaval kanaval mawlid ashura nyepi galungan bihu janmashtami rakhi meskel enkutatash
irreechaa yennayer newroz navruz junkanoo jonkonnu pentecost whitsun epiphany candlemas passover
obon samhain beltane hajj umrah sinterklaas koningsdag pinksteren posadas matariki vappu
hanukah tết tet užgavėnės uzgavenes joninės jonines gurpurab kreol kreyol kreyòl romani romanes
plautdietsch mid-autumn fajr zuhr dhuhr maghrib isha jummah jumu'ah taraweeh iftar suhoor sehri
saiva shaiva vaishnava puthandu varusha deus dieu bondie bondye natal páscoa pascoa lhosar teej
arbaeen arba'een tika astaghfirullah subhanallah khalas bonzour gatwick heathrow stansted garda
gardaí gardai tusla
orisha orishas santería santeria yemayá yemaya changó chango oshun ochún obatalá obatala
olodumare olorun nzambe mungu nkulunkulu waheguru bhagwan
wielkanoc andrzejki święconka swieconka wigilia dożynki dozynki sabr yr"""
# Festivals and days of several words: "Tsagaan Sar", "Semana Santa", "Día de las Madres",
# "Garifuna Settlement Day". One a line, casefolded when read.
FESTIVALS_TEXT = """tsagaan sar
tết trung thu
tet trung thu
trung thu
vu lan
yalda night
shab-e yalda
bandi chhor divas
semana santa
día de los muertos
día de muertos
dia de los muertos
día de las madres
dia de las madres
día de reyes
rosh hashanah
rosh hashana
yom kippur
yom ha'atzmaut
tu bishvat
lag baomer
simchat torah
chinese new year
lunar new year
eid al-adha
eid al-fitr
eid ul-adha
eid ul-fitr
eid mubarak
hari raya
crop over
inti raymi
raksha bandhan
karva chauth
guru nanak jayanti
bandi chhor divas
mid-autumn festival
settlement day
garifuna settlement day
independence day
mother's day
mothering sunday
father's day
boxing day
new year's day
new year's eve
st patrick's day
bonfire night
guy fawkes night
notting hill carnival
good friday
ash wednesday
shrove tuesday
palm sunday
pancake day
holy week
orthodox easter
orthodox christmas
kurban bayramı
şeker bayramı
ramazan bayramı
simbang gabi
noche buena
chithirai puthandu
tamil new year
thai pongal
sinhala new year
bengali new year
pohela boishakh
pahela baishakh
orthodox new year
malanka"""
FESTIVALS = frozenset(line.strip().casefold() for line in FESTIVALS_TEXT.splitlines())
# Countries (and their peoples) of several words, whose first word is also a name: "Sierra
# Leonean", "Costa Rica", "El Salvador".
COUNTRY_PHRASES_TEXT = """sierra leone
sierra leonean
costa rica
costa rican
el salvador
puerto rico
puerto rican
santo domingo
san marino
sri lanka
sri lankan
saudi arabia
new zealand
south sudan
south africa
trinidad and tobago"""
COUNTRY_PHRASES = frozenset(COUNTRY_PHRASES_TEXT.splitlines())
# Countries families come from or go back to (every country whose name no list of first names
# holds), none of them a first name ("removed to Trinidad",
# "born in Nigeria"; not "Jordan", "Kenya" or "Georgia", which are).
_COUNTRIES_TEXT = """trinidad tobago jamaica barbados grenada guyana nigeria ghana somalia eritrea
ethiopia sudan uganda zimbabwe pakistan bangladesh afghanistan iran iraq syria yemen morocco
algeria tunisia libya egypt turkey poland romania bulgaria hungary lithuania latvia estonia
slovakia albania kosovo ukraine moldova portugal spain germany vietnam philippines nepal malaysia
thailand cyprus congo cameroon gambia senegal liberia zambia malawi rwanda burundi tanzania
mozambique angola brazil colombia venezuela ecuador bolivia argentina mexico madeira goa america
londres andorra antigua australia austria azerbaijan bahamas bahrain belarus belgium belize benin
bhutan bosnia botswana brunei burkina cambodia canada chile comoros croatia cuba czechia denmark
djibouti dominica eswatini fiji finland gabon greece guatemala guinea haiti honduras iceland
indonesia ireland italy japan kazakhstan kiribati kuwait kyrgyzstan laos lebanon lesotho
liechtenstein luxembourg madagascar maldives malta mauritania mauritius micronesia monaco
mongolia montenegro myanmar burma namibia nauru netherlands nicaragua niger macedonia norway palau
palestine panama paraguay peru qatar russia samoa serbia seychelles singapore slovenia somaliland
suriname sweden switzerland taiwan tajikistan togo tonga turkmenistan tuvalu uruguay uzbekistan
vanuatu tibet kurdistan jobcentre reporter waltzer dodgems sunna assalamu alaykum
alaikum walaikum subject bursary reparation alzheimer alzheimer's osgood-schlatter
hirschsprung hirschsprung's asperger asperger's tourette tourette's paediatric"""
NEVER_NAMES = frozenset(_NEVER_NAMES_TEXT.split()) | frozenset(_COUNTRIES_TEXT.split())

# The last word of a capitalised run that makes it a street, a school or another place, not a
# person's name.
PLACE_END = re.compile(
    r"\b(?:Street|Road|Avenue|Lane|Close|Drive|Court|Crescent|Place|Way|Gardens|Grove|Terrace|"
    r"Row|Walk|Mews|Square|Parade|Park|School|Academy|College|Nursery|Surgery|Hospital|Centre|"
    r"House|Estate|Church|Station|Canal|Marina|Wharf|Basin|River|Reservoir|Drove|Causeway)$"
)

# After a place's name, its police or council ("Kent Police", "Kent Front Door"), and after a
# surname, the warning named after a case ("an Osman warning"): not a person there.
AGENCY_AFTER = re.compile(
    r"\s+(?:Police|Constabulary|County\s+Council|City\s+Council|Council|Front\s+Door|"
    r"Fire\s+and\s+Rescue|warning|warnings)\b"
)
