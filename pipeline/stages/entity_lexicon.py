"""Word lists for the rule-based entity labeller (kept apart so ``entities`` stays readable).

Each list is a "|"-separated string: one entry per item, spaces allowed inside an entry.
"""

from __future__ import annotations


def _items(text: str) -> frozenset[str]:
    return frozenset(item.strip() for item in text.split("|") if item.strip())


# Last words that make a capitalised span an organisation (lower case).
ORG_SUFFIX = _items(
    "international|academy|administration|aerospace|ag|agency|airlines|airport|airways|alliance|army|assembly|"
    "association|authority|bancorp|bank|board|brands|brewery|broadcasting|bureau|bv|capital|center|"
    "centre|channel|chemicals|club|co|co.|coalition|college|commission|committee|communications|company|"
    "congress|consortium|cooperative|corp|corp.|corporation|council|court|department|digital|electric|"
    "electronics|energy|enterprises|entertainment|exchange|fc|federation|films|financial|foods|forces|"
    "foundation|fund|gallery|games|gas|gazette|gmbh|group|guardian|guild|herald|holdings|hospital|inc|"
    "inc.|industries|institute|institution|instruments|insurance|interactive|investments|journal|labs|"
    "league|llc|logistics|ltd|ltd.|magazine|media|mining|ministry|motor|motors|museum|navy|network|"
    "networks|news|nv|office|oil|online|organisation|organization|parliament|partners|party|petroleum|"
    "pharmaceuticals|pictures|plc|police|post|power|press|radio|rail|railways|records|reserve|retail|"
    "robotics|sa|school|securities|semiconductor|senate|service|services|society|software|sport|sports|"
    "steel|stores|studio|studios|syndicate|systems|technologies|technology|telecom|telegraph|times|"
    "tobacco|tribune|trust|tv|union|unions|university|ventures|vfx|water|"
    "united|rovers|athletic|wanderers|albion|hotspur|"  # football clubs: "Leeds United", "Bolton Wanderers"
    "survey|"  # "US Geological Survey", "Ordnance Survey"
    # company forms of other countries, as the last word of a name: "Halvorsen Foods ASA", "Nordlys Oyj", "Ferro
    # SpA" (with "ag", "bv", "gmbh", "nv", "plc", "sa" above). Not "AS": the lower-cased match would take the
    # English word ("As of Monday"); not dotted forms ("N.V.", "S.p.A."): a span's words never end in them.
    "asa|ab|oyj|oy|se|spa|kk|ltda|pty|"
    # a company's trade written as its last word ("Halvorsen Pharma", "Arden Air", "Keswick Research", "Brennan
    # Civil"): a person's surname is never one of these words
    "pharma|finance|air|research|construction|engineering|civil|"
    # a data firm's trade ("Keldrith Analytics") and a promoter's or broadcaster's brand ("Lighthouse Live", "Xbox
    # Live"): no person's surname
    "analytics|live|"
    # a drug developer's, adviser's or union's last word ("Hallam Therapeutics", "Lantern Advisory", "United Mine
    # Workers"), a government or police force named by its country or counties ("Welsh Government", "Devon and
    # Cornwall Constabulary"): no person's surname
    "therapeutics|biosciences|biotech|genomics|diagnostics|advisory|consulting|solutions|associates|workers|"
    "government|constabulary|"
    # an asset manager's, a lender's, a consultancy's, a shipping line's, a newsletter's or a party's last word
    # ("Nordic Reserve Investment Management", "Kestrel Credit", "Castlegate Insight", "Control Risks", "Northsea
    # Lines", "Ferry Daily", "Liberal Forum"): no person's surname
    "management|credit|insight|insights|risk|risks|lines|daily|forum|"
)
# Endings of a last word that make a capitalised span an organisation (lower case): a fund written into one word with
# what it is for, as Scandinavian, German and Dutch names are ("Statens Framtidsfond", "Norsk Klimafond", "Deutscher
# Zukunftsfonds"); no English word ends so but "fond" itself, never a name's last word
ORG_SUFFIX_ENDINGS = ("fond", "fonden", "fonds")
# Last words of a place's or a club's name, never of a person's ("Kestrel City have signed", "Carson City")
PLACE_TAILS = frozenset({"City", "Town", "County", "Borough", "Village", "Valley", "Heights"})

# Organisations too well known to need a suffix.
KNOWN_ORGS = _items(
    "Liberal Democrats|Lib Dems|Treasury|Commons|House of Commons|House of Lords|Parliament|Cabinet|"
    "Downing Street|White House|Pentagon|Kremlin|NHS|Bank of England|Federal Reserve|European Commission|"
    "Arsenal|Chelsea|Liverpool FC|Manchester United|Manchester City|Tottenham|West Ham|Everton|Newcastle United|"
    "Aston Villa|Real Madrid|Barcelona FC|Bayern Munich|Juventus|AC Milan|Inter Milan|Celtic|Rangers|"
    "Beatles|Rolling Stones|Green Day|Napster|Guardian|Telegraph|Financial Times|New York Times|Washington Post|"
    "ABC|AFP|AMD|AP|Adobe|Airbnb|Airbus|Alibaba|Alphabet|Amazon|Anthropic|Apple|BBC|BMW|BP|BT|Baidu|"
    "Barclays|Bloomberg|Boeing|CBS|CIA|CNN|Chevron|Cisco|Citigroup|Conservatives|Democrats|Disney|EU|"
    "Ericsson|Exxon|FBI|FDA|FIFA|FTC|Facebook|Fed|Ford|Fox|GM|Goldman Sachs|Google|HBO|HSBC|Huawei|Hulu|"
    "IBM|IMF|Instagram|Intel|JPMorgan|Labour|LinkedIn|MLB|Mastercard|Meta|Microsoft|Microsoft Corp|"
    "Moderna|Morgan Stanley|NASA|NATO|NBA|NBC|NFL|NHL|Netflix|Nintendo|Nokia|Nvidia|OPEC|OpenAI|Oracle|"
    "Paramount|PayPal|Pfizer|Pinterest|PlayStation|Qualcomm|Reddit|Republicans|Reuters|SEC|Salesforce|"
    "Samsung|Scanline VFX|Shell|Snapchat|Sony|SpaceX|Spotify|Tencent|Tesla|TikTok|Tories|Toyota|Twitter|"
    "UEFA|UN|Uber|Universal|Visa|Vodafone|Volkswagen|WHO|Wall Street|Walmart|Warner Bros|WhatsApp|"
    # broadcasters, regulators and exchanges of the UK and US news copy
    "Sky|BSkyB|ITV|Channel 4|Channel Five|Channel 5|Ofcom|Ofwat|Ofgem|Ofsted|Nasdaq|NYSE|Opec|"
    "Wikipedia|Xbox|Xiaomi|Yahoo|YouTube|eBay|"
    # humanitarian bodies named with a colour and a common noun, which read as a first name and a surname
    "Red Cross|Red Crescent|"
)

# Words before a name that make it a person (lower case).
PERSON_TITLES = _items(
    "referee|umpire|winger|forward|keeper|boss|skipper|veteran|rapper|comedian|presenter|host|novelist|"
    "mp|mep|msp|td|congressman|congresswoman|councillor|councilman|lawmaker|legislator|ambassador|envoy|"
    "actor|actress|analyst|author|capt|captain|ceo|chair|chairman|chairwoman|chancellor|chef|chief|"
    "co-ceo|coach|dame|defender|director|dr|economist|executive|founder|gen|general|goalkeeper|gov|"
    "governor|judge|justice|king|lady|lord|manager|mayor|midfielder|minister|miss|mr|mrs|ms|officer|pope|"
    "president|prince|princess|producer|prof|professor|queen|rep|rev|secretary|sen|senator|showrunner|"
    "singer|sir|spokesman|spokesperson|spokeswoman|star|striker|"
    # occupations written before a name like a title ("Musician Alan Wass", "supermodel Kate Moss")
    "musician|guitarist|bassist|drummer|vocalist|frontman|songwriter|artist|painter|sculptor|designer|model|"
    "supermodel|athlete|player|campaigner|activist|writer|journalist|photographer|dancer|composer|playwright|"
    "poet|filmmaker|film-maker|businessman|businesswoman|tycoon|entrepreneur|lawyer|solicitor|barrister|"
    "scientist|astronaut|"
    # officials, officers and clergy named by their rank ("Sheriff Anna Lindqvist", "Det Sgt Ray Moss")
    "sheriff|deputy|commissioner|inspector|detective|sergeant|sgt|constable|superintendent|lieutenant|colonel|"
    "corporal|brigadier|commander|admiral|marshal|trooper|attorney|prosecutor|magistrate|coroner|"
    "councilwoman|alderman|assemblyman|assemblywoman|bishop|archbishop|pastor|reverend|rabbi|imam|sheikh|"
    # sports positions written before a player's name ("Fly-half Jonny Wilkinson", "winger Arjen Robben")
    "fly-half|scrum-half|full-back|flanker|hooker|prop|wicketkeeper|batsman|bowler|"
    "quarterback|pitcher|jockey|trainer|sprinter|hurdler|swimmer|cyclist|golfer|boxer|driver|"
)

# Role nouns written before a name like a title at a sentence's start ("Promoter Lighthouse Live said", "Singer Ana
# Ruiz"): jobs and a company's part in a deal, none of them a word organisations are often named with ("Model
# Railway Club", "Star Alliance", "Host Hotels", "Union Pacific" are left out) (lower case).
LEADING_ROLES = _items(
    "promoter|organiser|organizer|sponsor|distributor|broadcaster|retailer|insurer|lender|publisher|developer|"
    "singer|rapper|comedian|presenter|novelist|actor|actress|economist|chef|musician|guitarist|drummer|vocalist|"
    "songwriter|painter|sculptor|photographer|journalist|campaigner|activist|entrepreneur|businessman|"
    "businesswoman|lawyer|solicitor|barrister|scientist|astronaut|footballer|striker|midfielder|defender|"
    "goalkeeper|winger|"
    # words describing a company's standing, written before its name at a sentence's start ("Rival Sorrento
    # Electric reported", "Embattled lender Harcourt Bank"): no organisation is named with them
    "rival|rivals|embattled|beleaguered|struggling|troubled|ailing|cash-strapped|"
)

# Words opening a football club's name ("Real Carmona", "Atlético Sornay", "Borussia Dortmund"): the name is the
# club's whatever its other words are, and the opening word is no sentence word to cut ("Real Carmona had a bid
# rejected").
CLUB_PREFIX = frozenset(
    {"Real", "Atlético", "Atletico", "Sporting", "Dynamo", "Dinamo", "Olympique", "Deportivo", "Borussia"}
)
# Words opening a named storm's name ("Storm Maren", "Hurricane Katrina", "Tropical Storm Ana"): an event, though its
# second word is a first name.
STORM_WORDS = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone"})

# Words before a country's name that make a region or a phrase, not an organisation ("Western Australia", "Outside
# Canada"): "Parks Canada" and "Kurata UK" are bodies.
NOT_A_BODY = _items(
    "North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Inner|Outer|Rural|Mainland|"
    "Metropolitan|Old|New|Little|Across|Outside|Inside|Throughout|Including|Excluding|Via|Near|Beyond|Between|"
    "Towards|Toward|Into|Onto|Upon|Alongside|Besides|Versus|Beat|Visit|"
)

# Last words of events (lower case).
EVENT_WORDS = _items(
    "awards|championship|championships|conference|crisis|cup|derby|election|elections|emmys|expo|fair|"
    "festival|final|finals|games|grammys|grand prix|marathon|olympics|open|oscars|revolution|series|show|"
    "summit|tournament|war|week|"
)

# Last words of geographic features (lower case).
LOC_WORDS = _items(
    "basin|bay|canal|coast|desert|forest|gulf|island|islands|lake|mount|mountain|mountains|mt|ocean|park|"
    "peninsula|region|river|sea|strait|valley|"
    # streets and grounds ("Meadow Lane", "Baker Street"): places, never a person's last word
    "lane|road|street|avenue|boulevard|stadium|square|"
    # venues ("Johan Cruijff ArenA", "Lyceum Theatre"): a place even after a first name ("Hall" is a surname too)
    "arena|theatre|theater|racecourse|velodrome|ballpark|"
)

# Words that open a geographic feature's name ("River Tam", "Lake Geneva", "Mount Kenya"): the name is a place
# even when its second word is a first name, unless the text calls it an organisation ("campaign group River
# Action").
LOC_PREFIX = _items("river|lake|loch|lough|mount|mt|isle")
# Words that open a town's name ("Port Talbot", "Fort Worth"): a place even when the name is unknown or its second
# word is a first name ("Port Elizabeth"); an organisation named after the town ends in its own word ("Port
# Authority", "Port of London Authority") or is named so by the words around it ("Port Vale have signed"). The
# Spanish, Italian and Portuguese forms too ("San Aldo", "Puerto Carrow", "São Vicente"); not "Santa", which also
# opens "Santa Claus".
TOWN_PREFIX = _items("port|fort|san|são|puerto|porto")

# Regions and features that are not countries or cities.
LOC_NAMES = _items(
    "Africa|Alps|Amazon rainforest|Andes|Antarctica|Arctic|Asia|Atlantic|Balkans|Bollywood|Caribbean|"
    "Central Asia|Crimea|Donbas|East Asia|Eastern Europe|Europe|Gaza|Gulf|Himalayas|Hollywood|Kashmir|"
    "Latin America|Mediterranean|Middle East|North America|Oceania|Pacific|Patagonia|Sahara|Scandinavia|"
    "Siberia|Silicon Valley|South America|Southeast Asia|Sub-Saharan Africa|West|West Bank|"
    "Western Europe|"
)

# Nationalities, religious and political groups.
NORP = _items(
    "Tory|Tories|Jamaican|Swede|Swedes|Dutchman|Latin|Lib Dem|Liberal Democrat|Welshman|Scotsman|Irishman|"
    "Frenchman|Englishman|Kiwi|Aussie|Yank|"
    "Afghan|African|Algerian|American|Americans|Arab|Arabs|Argentine|Argentinian|Argentinians|Armenian|"
    "Asian|Australian|Australians|Austrian|Azerbaijani|Bangladeshi|Belarusian|Belgian|Brazilian|British|"
    "Briton|Britons|Buddhist|Bulgarian|Canadian|Canadians|Catholic|Catholics|Chilean|Chinese|Christian|"
    "Christians|Colombian|Communist|Conservative|Croatian|Cuban|Czech|Danish|Democrat|Democratic|Dutch|"
    "Eastern|Egyptian|Emirati|English|Estonian|Ethiopian|European|Europeans|Filipino|Finnish|French|"
    "Georgian|German|Germans|Ghanaian|Greek|Hindu|Hindus|Hispanic|Hungarian|Indian|Indians|Indonesian|"
    "Iranian|Iraqi|Irish|Israeli|Israelis|Italian|Italians|Japanese|Jewish|Jews|Kazakh|Kenyan|Korean|"
    "Kurdish|Kurds|Latino|Latvian|Lebanese|Liberal|Lithuanian|Malaysian|Mexican|Mexicans|Mongolian|"
    "Moroccan|Muslim|Muslims|Nepali|New Zealander|Nigerian|Norwegian|Pakistani|Palestinian|Palestinians|"
    "Peruvian|Polish|Portuguese|Protestant|Qatari|Republican|Rohingya|Romanian|Russian|Russians|Saudi|"
    "Scot|Scots|Scottish|Serbian|Sikh|Singaporean|Slovak|Socialist|South African|Spaniard|Spanish|"
    "Sri Lankan|Swedish|Swiss|Syrian|Taiwanese|Tanzanian|Thai|Tibetan|Turkish|Ugandan|Uighur|Ukrainian|"
    "Ukrainians|Uyghur|Uzbek|Venezuelan|Vietnamese|Welsh|Western|Zimbabwean|"
)

# Capitalised words that are not names on their own (sentence openers, months, acronyms of roles).
STOP_SINGLE = _items(
    "I'm|I've|I'll|I'd|I’m|I’ve|I’ll|I’d|An|Number|Chapter|Year|Century|Order|Hot|World|Game|MPs|PCs|TVs|SUV|SUVs|EVs|"
    "Subs Not Used|Subs|Minister|Secretary|President|Chairman|Prime|Former|Ex|Late|Acting|Interim|"
    "A|AI|IT|AM|According|Across|Additionally|Advertisement|After|Against|All|Also|Although|Amid|Among|And|"
    "Another|Any|Apr|April|Around|As|At|Aug|August|Because|Before|Behind|Beyond|Both|But|By|CEO|CEOs|CFO|"
    "COO|CTO|Click|Dec|December|Despite|Dr|During|EST|Each|Earlier|Either|Even|Every|Feb|February|"
    "Finally|First|For|Friday|From|Furthermore|GDP|GMT|He|Her|Here|His|How|However|I|IST|If|In|Indeed|"
    "Instead|It|Its|Jan|January|Jul|July|Jun|June|Just|Last|Later|Let|Like|Many|Mar|March|May|Meanwhile|"
    "Monday|More|Moreover|Most|Mr|Mrs|Ms|My|Neither|Nevertheless|New|Next|No|Nonetheless|Not|Nov|"
    "November|Now|OK|Oct|October|Of|On|Once|One|Only|Or|Other|Others|Our|Over|Overall|PC|PM|Perhaps|"
    "Please|Posted|Published|Q1|Q2|Q3|Q4|Read|Related|Saturday|Second|See|Sep|Sept|September|Several|"
    "Share|She|Similarly|Since|So|Some|Still|Subscribe|Such|Sunday|TV|That|The|Their|Then|There|"
    "Therefore|These|They|This|Those|Though|Three|Through|Thursday|Thus|To|Today|Tomorrow|Tuesday|Two|"
    "UK-based|US-based|UTC|Ultimately|Under|Unless|Unlike|Until|Updated|VFX|Watch|We|Wednesday|What|When|"
    "Where|Whether|Which|While|Who|Why|With|Within|Without|Yes|Yesterday|Yet|You|Your|"
    # kinds of games and their add-ons, written in capitals before a title ("open-world RPG Starfall Reverie")
    "RPG|RPGs|MMO|MMOs|DLC|DLCs|NPC|NPCs|"
)

# Last words of a political party's name ("Social Democrats", "Sweden Democrats", "Scottish Labour", "National
# Front", "Five Star Movement"): a party is an organisation. ("Party", "Alliance", "League" and "Union" are in
# ORG_SUFFIX already.) Case-sensitive: "the greens" of a golf course, "the labour market" are no party.
PARTY_TAILS = frozenset(
    {
        "Democrats",
        "Republicans",
        "Socialists",
        "Conservatives",
        "Liberals",
        "Greens",
        "Nationalists",
        "Unionists",
        "Labour",
        "Front",
        "Movement",
    }
)
# Party tails that are surnames too: after a first name the span is a person ("Tom Greens", "Anna Front").
PARTY_TAILS_ALSO_SURNAMES = frozenset({"Greens", "Front"})
# Words before "Front" that make a war's front line or a seafront, not a party ("Western Front", "Home Front").
NOT_PARTY_FRONTS = frozenset({"Western", "Eastern", "Southern", "Northern", "Home", "Sea", "Russian", "Italian"})
# One-word party names that are the party only when written after "the" ("the Greens", "the Liberals"); on their own
# they may be a person's name or a team's ("Greens said", "Socialists" in a headline).
THE_PARTY_NAMES = frozenset(
    {"Democrats", "Republicans", "Socialists", "Conservatives", "Liberals", "Greens", "Nationalists", "Unionists"}
)

# Party labels written before a politician's name.
PARTY_WORDS = _items("Conservative|Dem|Democrat|Democratic|GOP|Green|Labour|Lib|Liberal|Republican|SNP|Socialist|Tory|")


# Named events that carry no event word of their own.
EVENT_NAMES = _items(
    "Christmas|Easter|Ramadan|Eid|Diwali|Thanksgiving|Halloween|Hanukkah|New Year|Six Nations|Grand Slam|"
    "Wimbledon|Super Bowl|Olympics|Olympic Games|Paralympics|Oscars|Grammys|Emmys|Golden Globes|Golden Globe|"
    "Baftas|Brits|Eurovision|Glastonbury|World Cup|Euro 2004|Champions League|Premiership|Premier League|"
    "Tour de France|Ryder Cup|Davis Cup|Ashes|Grand National|Cannes|Sundance|G8|G7|G20|Brexit|Davos"
)
