"""The metric lexicon: canonical predicates and the words news writers use for them.

Two articles that say "sales" and "revenue", or "year-over-year" and "year-on-year", make the same claim;
mapping their words to one canonical metric is what lets clusters compare them. Add a synonym here, not in
the extractor.

Keys are general news predicates. Besides the financial ones: ``fine`` (fines, penalties, damages, settlements,
what is paid "to settle"), ``funding`` (also donations), ``deal_value`` (an acquisition's price: "agreed to buy
X for $25bn"), ``ownership_stake`` (a holding in a company: "a 20% stake"; ``market_share`` is a share of a
market), ``strikers`` (workers on strike, never ``jobs``), ``orders`` (goods ordered: "ordered 30 planes"),
``assets``, ``members`` (of a party, union or club), ``age`` ("aged 91", "the 64-year-old"), ``prize`` (prize
money, a purse), ``participants`` (a race's starters), ``venues`` (cinemas a film plays in), ``cost`` (what an
undertaking costs someone; a thing's price is ``price``), ``damage`` and ``exchange_rate`` (a currency's moves).
A word counts only in its sense: margins (``gross_margin``, ``operating_margin``, ``profit_margin``) are no film's
gross nor a profit, a ``dividend_yield`` no central bank's yield, a ``price_target`` no price paid; what an event or a
company's running costs come to is ``cost`` ("staff costs rose", "the strike cost NOK 410m"), what a thing sells for
``price``; a length word (``depth``, ``distance``) measures only a length, and weather words (``rainfall``,
``wind_speed``, ``water_level``) only a figure in their own units close by. Each fact a story reports has its own key,
so one article's figures do not collide: ``bid`` and ``add_ons`` beside a ``deal_value``, ``closures`` of sites and
``redeployments`` of staff beside the count of sites and staff, ``like_for_like_sales`` and ``online_sales`` beside
``revenue``, ``seats`` beside a ``vote_share``, ``jobless_claims`` and ``youth_unemployment`` beside
``unemployment``; ``rescued`` and ``cancellations`` (flights, trains) are counts of events, ``participants`` also a
study's enrolment however its people are named. A poll's figures are ``vote_share`` (a party "on 34%"), ``lead`` and
``margin_of_error``; a fund's are ``investment_return`` (a rate) and ``assets`` (its worth); an air crash's
``passengers``, ``crew`` and ``survivors``; a health service's ``waiting_list`` and ``wait_time`` (a level in time
units, which clusters, unlike a ``duration``); a blocked waterway's ``trade_value`` (goods worth so much a day).
``duration`` is not a word but a unit: a figure written in time units ("22 years", "11 days") measures a length
of time whatever words surround it, so it is ``duration`` (or ``age`` when an age word governs it), never the
metric of a nearby word ("11 days after his wife died" is no count of deaths).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.screens import lowered, trie_pattern
from pipeline.claims.units import dimension_of, is_currency

# Rates no central bank sets: "tax rates at 20%" is no interest rate
_OTHER_RATES = ("tax", "exchange", "unemployment", "jobless", "growth", "business", "council", "hourly", "room", "day",
                "water", "crime", "birth", "death", "survival", "success", "vacancy", "occupancy", "response")
# What follows the verb "cost" of a price: its amount ("costs £45", "cost about NOK 900", "costs a pound")
_AMOUNT_AHEAD = (
    r"(?=\s+(?:(?:just|only|about|around|roughly|some|less\s+than|more\s+than|up\s+to|as\s+much\s+as|from|between|"
    r"nearly|almost|over|under|at\s+least)\s+){0,2}(?:[A-Z]{0,3}[$£€¥₹]|(?-i:[A-Z]{3})\s?\d|\d|an?\s))"
)
# A sum of money right after a verb, in a currency only ("lost £23.4m", "moved at least $2.8bn"): the verb then names
# what happened to the money, which it does not when a percentage or a count follows ("lost 3%", "moved 300 staff")
_MONEY_AHEAD = (
    r"(?=\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|at\s+least|an\s+estimated|up\s+to|"
    r"as\s+much\s+as)\s+){0,2}(?:[A-Z]{0,3}[$£€¥₹]|(?-i:[A-Z]{3})\s?\d))"
)
# Who runs a race, however named: a count of them "started" or "finished" it
_RACERS = ("runners", "athletes", "competitors", "people")
# what "finished" a race is followed by: the end of the clause or the race ("finished the marathon")
_RACE_END = r"(?=\s*[.,;]|\s+(?:the\s+)?(?:[\w-]+\s+)?(?:race|course|marathon|run|event|distance)\b)"
# what people "took part" in when they protested: "took part in last Saturday's march"
_PROTEST_AHEAD = r"(?=\s+in\s+(?:[\w'’-]+\s+){0,4}?(?:protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|vigils?)\b)"
# Undertakings and mishaps whose cost news reports with the verb "cost" (no thing sold): "the strike cost NOK 410m"
_COSTLY_EVENTS = ("strikes?", "walkouts?", "closures?", "shutdowns?", "outages?", "disruption", "delays?", "wars?",
                  "storms?", "floods?", "flooding", "fires?", "attacks?", "cyber-?attacks?", "hacks?", "recalls?",
                  "restructuring", "redundancies", "overhaul", "scheme", "project", "programme", "program",
                  "pandemic", "lockdowns?", "crisis", "scandal", "disaster", "bailout", "repairs", "renovations?",
                  "clean-?up", "investigation", "inquiry", "changes", "move", "salvage", "rescue")  # fmt: skip
# What households are billed for, a price paid, no undertaking's cost: "energy bills will rise by 10%"
_HOUSEHOLD_BILLS = ("energy", "gas", "electricity", "power", "water", "heating", "fuel", "phone", "mobile",
                    "broadband", "household", "utility", "grocery", "food", "medical", "hospital", "tax")
# "gross" as a noun, not an adjective before one: what follows it is punctuation, a function word or a verb ("its
# worldwide gross of $300m", "the gross took it past $1bn"), never a noun it qualifies ("gross international reserves")
_GROSS_AS_NOUN = (
    r"(?=\s*(?:$|[^\w\s]|\s+(?:of|from|to|in|at|for|on|by|so|now|since|was|is|has|had|have|will|would|could|"
    r"took|takes|rose|fell|reached|stood|stands|topped|passed|hit|climbed|jumped|and|but|after|before|this|last)\b))"
)
# What follows a participle used as a verb, not as an adjective before a noun: punctuation, a preposition, a
# conjunction or an auxiliary ("£2m stolen from the charity", "the stolen £2m"), not a noun ("stolen data")
_NO_NOUN_AFTER = (
    r"(?!\s+(?!(?:from|by|in|during|at|over|since|between|and|or|when|after|before|was|were|is|are|has|had|have|to|"
    r"through|via|with|under|across|last|this|so|since)\b)[a-z])"
)
# canonical metric -> synonyms (regular expressions, matched case-insensitively on word boundaries)
LEXICON: dict[str, list[str]] = {
    "revenue": [r"revenues?", r"net sales", r"sales", r"turnover", r"top[- ]line", r"takings", r"billings"],
    "profit": [r"net income", r"net profits?", r"profits?", r"earnings", r"bottom[- ]line", r"net earnings"],
    "operating_profit": [r"operating (?:profit|income)", r"ebitda", r"ebit",
                         # the same figure spelt out: "earnings before interest, tax, depreciation and amortisation"
                         r"earnings before interest,?(?: (?:and )?[\w,]+){1,5}"],
    # a margin is a ratio of profit to sales, a level like a rate: "gross margin narrowed to 38.4%" (no film's
    # gross), "an operating margin of 9%" (no operating profit)
    "gross_margin": [r"gross margins?"],
    "operating_margin": [r"operating margins?", r"ebitda margins?", r"ebit margins?"],
    "profit_margin": [r"net margins?", r"pre-tax margins?", r"profit margins?"],
    "eps": [r"earnings per share", r"eps"],
    # what a company pays its shareholders: "raised its quarterly dividend to 42 cents a share" (no profit per share)
    "dividend": [r"dividends?"],
    # a dividend as a share of the share price, a level ("a dividend yield of 5%": no central bank's yield)
    "dividend_yield": [r"dividend yields?"],
    "loss": [r"net loss(?:es)?", r"losses", r"loss", r"lost" + _MONEY_AHEAD],
    # sales of the same shops as a year before, or online only: other figures than the whole revenue of one report
    "like_for_like_sales": [r"like-for-like(?: sales)?", r"same-store sales", r"comparable(?:[- ]store)? sales",
                            r"underlying sales"],
    "online_sales": [r"online sales", r"digital sales", r"e-?commerce sales", r"internet sales"],
    "growth": [r"growth", r"year[- ]over[- ]year", r"year[- ]on[- ]year", r"yoy", r"y/y", r"annual increase"],
    "subscribers": [r"subscribers?", r"subscriptions?", r"paid memberships?", r"paying members"],
    "users": [r"monthly active users", r"daily active users", r"active users", r"users", r"maus?", r"daus?"],
    # the peak of a game's or a service's players online at once, another figure than its users over a month:
    # "a peak of 1.3 million concurrent players", "1.3 million simultaneous users"
    "concurrent_users": [r"concurrent (?:users|players|viewers)", r"simultaneous (?:users|players|viewers)",
                         r"peak concurrent (?:users|players|viewers)"],
    "customers": [r"customers?", r"clients?"],
    # homes counted as such by a census or a utility, no firm's customers: "19.6 million households"
    "households": [r"households"],
    "views": [r"viewing hours", r"hours viewed", r"views", r"streams", r"hours watched", r"watch time", r"viewers",
              r"viewership", r"audience"],
    "jobs": [r"jobs?", r"workers", r"employees", r"employs", r"employed", r"employing",
             r"police (?:officers|numbers)", r"positions", r"staff", r"headcount",
             r"workforce", r"roles"],
    # staff moved to other work, neither kept in place nor laid off: "up to 400 staff could be redeployed"
    "redeployments": [r"redeploy(?:ed|ments?)?"],
    "job_cuts": [r"layoffs?", r"made redundant", r"lay off", r"laid off", r"job cuts", r"redundancies", r"job losses"],
    "speed_up": [r"times faster", r"faster", r"speed[- ]?up", r"quicker", r"more quickly"],
    "market_share": [r"market share", r"share of the (?:[\w-]+ ){0,2}market"],
    # a film's takings: "opened to $162 million", "grossed $360 million worldwide", "the opening weekend's haul";
    # "gross" only as a noun, which a word of another noun does not follow ("gross reserves", "gross debt" are
    # the whole of a bank's or a state's money, before anything is netted off)
    "box_office": [r"box[- ]office", r"grossed", r"grosses", r"gross" + _GROSS_AS_NOUN, r"opened (?:to|with)",
                   r"took in",
                   r"opening(?: weekend)?(?: haul)?", r"haul", r"ticket sales"],
    # what a takeover pays over the market price: "a 32% premium"
    "premium": [r"premium"],
    # the share of subscribers who cancel: "monthly churn of 2.1%"
    "churn": [r"churn(?: rate)?"],
    "ownership_stake": [r"stakes?", r"shareholdings?", r"holding in"],
    # what an investment earned, a rate: "the fund returned 13.2%", "a real return of 4.5%" (not "tax returns", "in
    # return", "returned to profit", "returned home")
    "investment_return": [r"investment returns?",
                          r"returns?(?<!tax return)(?<!tax returns)(?<!in return)(?!\s+(?:to|from|home)\b)",
                          r"returned(?!\s+(?:to|from|home)\b)", r"returning(?!\s+(?:to|from|home)\b)"],
    "share": [r"share of", r"account(?:s|ed|ing)? for", r"proportion", r"portion", r"fraction"],
    # "cost" as the verb of a price, with the amount right after it ("a ticket costs £45"); the noun is ``cost``
    "price": [r"prices?", r"priced at", r"cost(?:s|ing)?" + _AMOUNT_AHEAD, r"fees?",
              r"fares?",
              r"charge[sd]?(?!\s+with)", r"charging",
              r"tickets?", r"per share", r"for each(?: \w+)? share", r"a barrel", r"per barrel", r"an ounce", r"msrp"],
    # an analyst's forecast of a share price, no price paid: "raised its price target on the stock to $142"
    "price_target": [r"price targets?", r"target price"],
    # what an undertaking or an event costs someone, not the price of a thing sold ("games are expected to cost
    # £19"): "the cost of the recall", "would cost it $300m", "could cost Kurata $400m", "costs could reach ¥90bn"
    # (each synonym opens with its literal words, or a group of literal branches: else its metric runs unscreened, see
    # ``_literal_heads``)
    "cost": [*(rf"{w}costs? of(?! living)" for w in ("", "the ", "total ", "direct ", "overall ", "final ")),
             r"costs (?:could|would|will|may|might)",
             r"cost(?:s|ing)?\s+(?:it|them|him|her|us|the\s+[a-z-]+|(?-i:[A-Z])[\w'’-]+)(?=\s+(?:about|around|roughly|some|"
             r"nearly|almost|up\s+to|more\s+than|over|between|an\s+estimated|at\s+least|[A-Z]{0,3}[$£€¥₹]|"
             r"(?-i:[A-Z]{3})\s?\d|\d))",
             # an event's cost told by its verb: "the strike cost NOK 410m", "the closures will cost about £65m"
             *(rf"{event}\s+(?:[\w-]+\s+){{0,4}}?cost(?:s|ing)?\b" for event in _COSTLY_EVENTS),
             # the noun, which no amount follows at once: "staff costs rose by £22m", "its biggest cost line"
             r"costs?",
             # what someone is billed for an undertaking: "salvage bills could run to $40m", "the bill was likely to
             # exceed $14m" (a bill of parliament has no sum in a currency; a household's bills are prices)
             r"bills?" + "".join(f"(?<!{w} bill)(?<!{w} bills)" for w in _HOUSEHOLD_BILLS),
             # a charge against profit, no price charged: "a restructuring charge of $750m", "£65m in one-off charges"
             *(rf"{kind} charges?" for kind in ("one-off", "restructuring", "impairment", "exceptional",
                                                 "non-recurring", "accounting", "legal", "severance"))],
    # what a disaster destroys, in money: "the damage could exceed $1bn", "insured losses of $2bn"
    "damage": [r"damage", r"destruction", r"economic losses", r"insured losses"],
    # "worth $2bn", not "worth shopping around"
    "valuation": [r"valuation", r"valued at", r"market (?:cap|capitali[sz]ation|value)", r"worth(?!\s+\w+ing\b)",
                  r"valu(?:e|es|ing) (?:the (?:[a-z-]+ ){1,3}|it |[A-Z][\w-]* )?at"],
    # money raised, not a forecast, prices or doubts raised ("raised its forecast for growth to 1.1%")
    "funding": [r"funding", r"grants?", r"revenue grants?", r"subsid(?:y|ies)",
                r"raised(?!\s+(?:its|their|his|her|the|a|an)?\s*(?:[\w-]+\s+)?(?:forecasts?|outlook|"
                r"estimates?|guidance|targets?|projections?|expectations?|prices?|rates?|fares?|bills?|concerns?|"
                r"questions?|doubts?|fears?|hopes?|the prospect))",
                r"investment(?!\s+returns?\b)", r"invested", r"financing", r"capital raise", r"donations?",
                r"donated", r"gifts?"],
    # what a buyer offers, accepted or not: "a bid of €90m", "turned down an offer of €90m" ("a bid to" is an attempt)
    # ("offered £2bn in aid" is aid: the verb alone names no bid)
    "bid": [r"bids?(?!\s+to\b)", r"bidding", r"offers? (?:of|worth)"],
    # what a transfer or a deal adds on conditions met: "add-ons of up to £15m"
    "add_ons": [r"add-ons?"],
    # ("a done deal" is a settled matter, no deal's worth)
    "deal_value": [r"deal(?<!done deal)", r"contracts?", r"acquisition", r"takeover", r"buyout", r"merger", r"acquire",
                   r"bought", r"agreed to (?:buy|purchase)", r"purchase"],
    # what a merger or a plan is to save: "annual cost savings of about $35m", "synergies", "to save $35m a year"
    "savings": [r"(?:cost )?savings", r"synerg(?:y|ies)", r"save[sd]?", r"saving"],
    "spending": [r"spending", r"spent", r"spend", r"capex", r"capital expenditures?", r"budget",
                 r"production (?:budget|costs?)", r"to (?:make|produce|film|build)"],
    "debt": [r"debts?", r"borrowing", r"liabilities"],
    # money lent to a state or a firm in one package: "a $7.5bn IMF loan", "a bailout of €86bn" (a financing package
    # is a loan, no money raised from investors)
    "loan": [r"loans?", r"bailouts?", r"rescue (?:package|loan|deal)", r"financing (?:package|deal|facility)",
             r"credit (?:line|facility)", r"standby arrangement"],
    # what a central bank or a state holds in foreign currency and gold, a level: "gross reserves fell to $18.2bn";
    # not money drawn "from reserves" or sold "of reserves" (a flow out of them)
    "reserves": [r"reserves(?<!of reserves)(?<!from reserves)"],
    # what hackers or kidnappers demand: "a ransom of 50 bitcoin", "$38m in ransom payments" (not "ransomware")
    "ransom": [r"ransoms?", r"ransom (?:demands?|payments?)"],
    # what a tenant pays: "the average rent reached £1,362 a month", "tenants paying an average of £2,215 a month"
    "rent": [r"rents?", r"rental(?: (?:costs?|prices?|payments?))?",
             r"tenants\s+(?:(?:are|were|still|now)\s+){0,2}pay(?:ing|s)?",
             r"renters\s+(?:(?:are|were|still|now)\s+){0,2}pay(?:ing|s)?", r"to rent"],  # (literal heads: screened)
    # what a budget falls short by in a year (a flow; debt is the stock): "a fiscal deficit of 4.4% of GDP"
    "deficit": [r"(?:budget |fiscal |public |government )?deficits?", r"shortfall"],
    "trade_balance": [r"trade (?:deficit|surplus|gap|balance)", r"current[- ]account (?:deficit|surplus|balance)"],
    # money given to the stricken: "pledged 5 billion yen in emergency relief", "$2m in humanitarian aid"
    "aid": [r"aid", r"relief", r"emergency (?:funds?|funding|assistance)", r"humanitarian assistance", r"pledged",
            r"pledges?"],
    # money paid to those wronged is "compensation" too, unless an executive's pay is meant (salary, below)
    "fine": [r"fine[sd]?", r"penalty", r"penalties", r"settlements?", r"to settle", r"damages", r"compensation",
             # what victims of a disaster or their families are paid: "€150,000 to each bereaved family"
             r"bereaved", *(rf"{to} (?:victims?|famil(?:y|ies)|survivors?)" for to in ("to each", "to every"))],
    # "earning" is the verb of an income ("those earning more than"), "earnings" the noun of a profit; the verb
    # "pay" yields to any other word for the money ("must pay £12m, the biggest penalty": see ``_cost``)
    # the legal floor of hourly pay, another figure than what anyone earns: "the minimum wage will rise to £12.95"
    "minimum_wage": [r"minimum (?:wages?|pay|hourly (?:rate|wage|pay))", r"living wage", r"national living wage"],
    "salary": [r"salary", r"salaries", r"pay", r"wages?", r"executive compensation", r"ceo compensation",
               r"total compensation", r"compensation packages?", r"earning", r"incomes", r"bonus(?:es)?",
               r"pay package", r"compensation (?:increases?|rises?|raises?|hikes?)", r"earn(?:s|ed)?",
               r"wages? of"],
    "deaths": [r"deaths?", r"died", r"killed", r"killing", r"kills", r"fatalities", r"dead", r"death toll"],
    "injuries": [r"injur(?:ed|ing|ies|y)", r"wounded", r"wounding", r"hurt"],
    "survivors": [r"survivors", r"survived"],
    # who was on board, counted apart: "157 passengers and seven crew members" (what befell them is its own
    # metric: "two passengers survived", ``_WHO_ON_BOARD``)
    "passengers": [r"passengers"],
    "crew": [r"crew(?: members)?", r"crewmembers"],
    "magnitude": [r"magnitude"],  # of an earthquake: "a magnitude 7.1 quake", "a 7.0-magnitude earthquake"
    "depth": [r"depths?", r"deep", r"below the surface", r"underground"],
    "cases": [r"cases", r"infections", r"infected"],
    "inflation": [r"inflation", r"consumer prices", r"cpi", r"cost of living"],
    # inflation without food and energy, another figure than the headline rate of the same month
    "core_inflation": [r"core (?:inflation|cpi|pce|consumer prices|prices)", r"underlying inflation"],
    # a rate or a head count ("128,400 unemployed", "people out of work"); the unit tells them apart ("will put 300
    # people out of work" is jobs lost, no count of the unemployed)
    "unemployment": [r"unemployment(?: rate)?", r"jobless(?: rate)?", r"unemployed",
                     r"out of work"],
    "youth_unemployment": [r"youth (?:unemployment|jobless(?:ness)?)(?: rate)?",
                           r"unemployment (?:rate )?among (?:young people|the young|under-25s)"],
    # claims for unemployment benefits, another series than the jobless rate of the same release
    "jobless_claims": [r"jobless claims", r"initial claims", r"claimant count", r"live register",
                       r"claims for (?:jobseeker'?s?|unemployment|jobless) (?:payments?|benefits?|allowance)",
                       r"unemployment benefit claims", r"jobless benefit claims"],
    # bare "rates" only where a central bank sets them: "kept rates at 4.3%", "left rates unchanged", "a rate cut"
    "interest_rate": [r"interest rates?", r"borrowing costs?", r"bank rate", r"base rate", r"yield", r"mortgage rates?",
                      r"(?:repo|reverse repo|policy|benchmark|key|cash|lending|deposit|refinancing|overnight|"
                      r"federal funds|fed funds|discount|official) (?:interest )?rates?",
                      r"rates" + "".join(f"(?<!{w} rates)" for w in _OTHER_RATES)
                      + r"(?=\s+(?:at|on hold|unchanged|steady)\b)",
                      r"rate (?:cut|rise|hike|increase|decision)s?"],
    "gdp": [r"gdp", r"gross domestic product", r"economy"],
    # a currency's price in another: "the pound slipped 0.2%", "87.2 pence against the euro" ("the euro zone" is a
    # place, "a pound" a weight; "exchange rates at 1.2%" is left to no metric, as an exchange-rate note)
    "exchange_rate": [r"sterling", r"the (?:pound|dollar|greenback|yen|yuan|rupee|rouble|franc)",
                      r"the euro(?![ -](?:zone|area))",
                      r"against the (?:us )?(?:dollar|euro|pound|yen|yuan|greenback)"],
    # "residents" alone counts who was affected ("forced 8,000 residents to flee"), not how many live somewhere
    "population": [r"population", r"inhabitants", r"people live"],
    # people moved out of harm's way: "forced 8,000 residents to leave their homes", "about 8,000 were evacuated"
    "evacuations": [r"evacuat(?:ed|ions?|ing|e)", r"evacuees",
                    r"(?:leave|flee|fled|left|leaving|fleeing|moved out of|forced (?:out of|from)) their homes",
                    r"displaced",
                    # the verb's object stands between: "forced around 14,000 from their homes"
                    r"from their homes"],
    # people, or a sum in a currency (``missing_funds``): "$4.37bn of customer money is missing"
    "missing": [r"missing", r"unaccounted for", r"could(?:n't| not) be accounted for",
                r"can(?:not|n't| not) be accounted for"],
    # money that should be held and is not ("missing" and "unaccounted for" with a sum are ``missing_funds`` too)
    "missing_funds": [r"gap in", r"hole in", r"black hole in"],
    # money taken out of a bank or an exchange: "customers pulled out $900m", "withdrawals of $900m"
    "withdrawals": [r"withdrawals?", r"withdr[ae]w(?:n)?", r"pulled out"],
    # what a market trades in a period: "$14bn in trades a day", "trading volume of $2bn"
    "trading_volume": [r"trading volumes?", r"volumes? of trading", r"in (?:daily )?trades", r"trades? worth",
                       r"worth of trades"],
    # money moved from one holder to another, a flow, never the balance it leaves ("moved $2.8bn of customer
    # assets to X" is no figure of the assets held)
    "transfers": [r"transferred", r"transfers? of", r"moved" + _MONEY_AHEAD, r"diverted", r"funnell?ed",
                  r"siphoned"],
    # people saved alive: "five have been rescued", "12 were brought out alive" (counts only: ``_COUNTS_ONLY``)
    "rescued": [r"rescued", *(rf"{verb} (?:out )?alive" for verb in ("brought", "pulled", "dug", "taken"))],
    # flights, trains or events called off, what every strike or storm story counts: "cancelled 300 flights"
    "cancellations": [r"cancell?(?:ed|ing)", r"cancels?", r"cancell?ations? of"],
    "containment": [r"contained", r"containment"],  # of a fire or a spill: "5% contained"
    # a figure in area units with no other word is an area too (``_no_mention``): "scorched 16,500 acres"
    "area": [r"area", r"burned", r"burnt", r"scorched", r"charred"],
    "emissions": [r"emissions", r"co2", r"carbon dioxide", r"greenhouse gas(?:es)?"],
    "exports": [r"exports?"],
    "imports": [r"imports?"],
    "tax": [r"tax(?:es)?", r"tariffs?", r"duty", r"duties", r"levy"],
    # a company's shares however named: "shares fell 7%", "the share price dropped 7.4%", "closed at 182.5p"
    "shares": [r"shares", r"stock", r"share price", r"stock price",
               # a quoted company's close told by its move to a price: "closing down 9% at 177.3p" (not "closing down
               # 30 stores", nor an index's close in points)
               r"clos(?:ed|ing|es) (?:up|down|higher|lower)"
               r"(?=\s+(?:by\s+)?[\d.]+\s?(?:%|per\s?cent|percent)\s+at\s+(?:[$£€]|[\d.,]+\s?(?:p|pence|cents)\b))"],
    "votes": [r"votes", r"voters"],
    "turnout": [r"turnout"],
    # seats won in a legislature (a plain count only): "won 24 seats", "its seat tally fell to 109"
    "seats": [r"seats", r"seat (?:tally|total|count)"],
    # how far the winner is ahead, and how far the vote moved between parties (rates: ``_admits``)
    "lead": [r"leads? of", r"winning margin", r"margin of victory",
             # the noun "lead" only: after the figure it counts ("a five-point lead") or before its own preposition or
             # verb ("extended its lead over X to five points"), never the verb ("rose 3% to lead the index")
             r"lead(?<=point lead)", r"lead(?<=points lead)", r"leads?(?=\s+(?:over|narrow|widen|shr[au]nk|grew|"
             r"stood|stands|is|was|has|had|in\s+the\s+polls?)\b)",
             r"ahead by", r"ahead(?<=points ahead)", r"ahead(?<=point ahead)",
             # the verb with its margin in points: "lead the Tories by five points", "briefly led by seven points"
             *(rf"{verb}\s+(?:[\w'’-]+\s+){{0,3}}?by(?=\s+(?:[\w.-]+\s+){{1,2}}points?\b)"
               for verb in ("lead", "leads", "leading", "led"))],
    # a poll's margin of error, a rate of its own: "the margin of error is plus or minus 2.2 points"
    "margin_of_error": [r"margins? of error", r"error margins?"],
    "swing": [r"swing"],  # the share of voters who voted: an election's, whoever is named
    "vote_share": [r"of the (?:popular |national |total )?vote", r"vote share", r"share of the vote", r"of votes cast",
                   r"(?:voted|voting|votes?) (?:\S+ )?in favou?r", r"by a vote of", r"(?:voted|votes?) against"],
    "downloads": [r"downloads?", r"installs"],
    "units_sold": [r"units", r"copies", r"has sold", r"have sold", r"had sold", r"deliveries", r"delivered",
                   r"shipments", r"shipped", r"vehicles sold"],
    "speed": [r"speed", r"top speed"],
    # weather, read only from a figure in its own units close by (``_MEASURE_ONLY``): "gusts reached 148km/h",
    # "142mm of rain fell", "the river peaked at a level of 5.9 metres"
    "wind_speed": [r"winds?", r"gusts?", r"gusting", r"wind speeds?"],
    "rainfall": [r"rain(?:fall)?", r"precipitation"],
    "snowfall": [r"snow(?:fall)?"],
    "water_level": [r"river levels?", r"water levels?", r"flood levels?", r"sea levels?"],
    "distance": [r"distance", r"range"],
    # what escaped from a tanker or a pipeline, by volume or weight: "12,000 barrels have leaked", "spilled 1,650
    # tonnes" ("leaked 1.4 terabytes" of data is no volume)
    "spill": [r"spill(?:s|ed|ing)?", r"spilt", r"leak(?:s|ed|ing)?", r"escaped", r"gushed"],
    # a stretch of coast a spill or a storm reached, measured as the figure's own noun: "38 km of coastline"
    "coastline": [r"of (?:the )?(?:coastline|shoreline|coast|beach(?:es)?)"],
    # a device's screen, by its diagonal: "a 6.8-inch display", "the screen measures 6.1 inches"
    "screen_size": [r"screens?", r"displays?", r"touchscreens?"],
    "temperature": [r"temperatures?", r"warming"],
    # A thing's physical size, read only from a figure in the units of its dimension and close to its own word
    # (``_MEASURE_ONLY``): "weighs 4,200 kg", "a payload of 4.2 tonnes"; "an altitude of 550 km", "a 580-kilometre
    # orbit"; "demand peaked at 41.5GW", "load hit 41.5 GW"; "generated 12 TWh"; "installed capacity of 3 GW"
    "mass": [r"weigh(?:s|ed|ing)?", r"weights?", r"payloads?", r"mass of"],
    "altitude": [r"altitudes?", r"orbits?", r"orbital (?:height|altitude)", r"orbiting", r"above sea level",
                 r"above (?:the )?earth"],
    # the share of an airline's seats filled: "a load factor of 84.7%", not the grid's load
    "load_factor": [r"load factors?", r"passenger load factors?", r"cabin factors?", r"seat factors?"],
    "demand": [r"demand", r"power demand", r"electricity demand", r"peak demand", r"load", r"peak load",
               r"power load", r"grid load", r"consumption"],
    "generation": [r"generation", r"power generation", r"electricity generation", r"generated", r"output"],
    "capacity": [r"capacity", r"installed capacity", r"generating capacity"],
    # workers on strike, however the walkout is told: "42,000 workers walked out", "members began strikes", "staff
    # who went on strike" (the union's members, the firm's staff: one count), not "walked out of the talks"
    "strikers": [r"strikers", r"striking (?:workers|staff|employees|miners|drivers|pilots|nurses|teachers|doctors)",
                 *(rf"{who}\s+(?:(?:who|have|had|will|would|also|then)\s+)?{walkout}"
                   for who in ("workers", "staff", "employees", "members")
                   for walkout in (r"(?:walked|walk|walking|walks)\s+out(?!\s+of)",
                                   r"(?:(?:went|go|going|are|were|be|been)\s+)?on\s+strike",
                                   r"(?:began|begin|started|start|staged?)\s+(?:(?:a|the|their)\s+)?(?:strikes?|walkouts?)"))],
    # "was ordered to pay": a command, not a purchase
    "orders": [r"orders", r"pre-?orders", r"ordered(?!\s+to\b)", r"order for"],
    # what a fund manages is its size ("a fund worth $1.9tn" too: ``_FUND_BEFORE``)
    "assets": [r"assets(?: under management)?", r"aum", r"fund(?:'s|’s)? (?:total )?(?:value|size)",
               r"value of the fund"],
    "members": [r"members", r"membership"],
    # products called back: "is recalling 1.2 million bikes" (a count; "the recall will cost $90m" is a price)
    "recalls": [r"recall(?:s|ed|ing)?"],
    # how often something happened: "on more than 4,000 occasions", and "4,000 times" (``occurrence_metric``)
    "occurrences": [r"occasions"],
    "age": [r"aged", r"years? old", r"year-old", r"age of", r"median age", r"average age", r"mean age",
            # the age a pension starts at: "raise the retirement age from 62 to 64", "will retire at 67"
            r"retirement age", r"pension(?:able)? age", r"retir(?:e|es|ing) at"],
    # people waiting for a service, a count: "the waiting list shrank to 7.4 million", "the number of people waiting"
    # (not "the number waiting more than a year", a part of the list)
    "waiting_list": [r"waiting lists?",
                     r"number (?:of )?(?:people |patients )?waiting(?!\s+(?:more|longer|over|less|under|at)\b)"],
    # how long people wait, a level of a statistic in time units (``find_metric``): "a median wait of 14.2 weeks"
    "wait_time": [r"waits? of", r"waiting times?", r"waited", r"wait times?",
                  *(rf"{stat} wait(?:ing)?" for stat in ("median", "average", "mean"))],
    # goods carried or traded, a sum of money (no valuation of a company): "$9.6bn worth of goods a day", "goods
    # worth $9.6bn pass through the strait"
    "trade_value": [r"worth of (?:goods|trade|cargo|freight|merchandise)",
                    *(rf"{goods}(?:\s+(?:is|was|are|were))?\s+worth"
                      for goods in ("goods", "trade", "cargo", "freight", "merchandise", "traffic"))],
    # people arriving less people leaving, another count than the population
    "net_migration": [r"net (?:migration|immigration|emigration)"],
    # what factories made, another count than what was delivered or sold: "production rose to 126,900 units"
    "production": [r"production(?! (?:budget|costs?|company|companies))", r"produced", r"output of"],
    # a thing's length, read from a figure in units of length only: "412 metres long", "spans 412 metres"
    "length": [r"long", r"lengths?", r"spans?", r"spanning", r"stretch(?:es|ing)?"],
    # how late something came, read from a figure in time units: "47 days late", "delayed by 47 days"
    "delay": [r"late", r"delay(?:s|ed)?", r"postponed", r"pushed (?:\w+ ){0,3}?back", r"put (?:\w+ ){0,3}?back",
              r"behind schedule", r"later than"],
    # a study's finding: "33% less likely to develop dementia", "a 33 per cent lower risk"
    "risk": [r"risks?", r"(?:more|less) likely", r"likelihood", r"odds", r"chances?"],
    # money for winning a contest, not a wage, a price or a valuation: "prize money of $50,000", "a $2m purse"
    # (the "public purse" is the state's money)
    "prize": [r"prizes?", r"prize (?:money|fund|pot)", r"purses?(?<!public purse)(?<!public purses)", r"winnings",
              r"jackpots?", r"for (?:the|his|her|their|its) (?:win|victory|triumph|title)", r"for winning",
              *(rf"{who}winners? (?:receives?|gets?|takes? home|pockets?|collects?)" for who in ("", "each ", "the "))],
    # who took part in a race: "38,000 starters", "a field of 45,000 runners"
    "participants": [r"runners", r"starters", r"entrants",
                     *(rf"{who} (?:who )?(?:started|lined up|took to the start)" for who in _RACERS[:-1])],
    # who finished a race, fewer than who started: "38,400 finishers", "38,400 runners finished", "38,400 finished"
    # (the bare verb only after the figure: ``_qualifier_or_remote``; "completed the survey" is no race)
    "finishers": [r"finishers",
                  *(rf"{who} (?:who )?(?:finished|completed){_RACE_END}"
                    for who in (*_RACERS, "participants", "starters", "entrants")),
                  r"finished" + _RACE_END],
    # who took part in a march or a rally, whatever they are called: "2,500 marchers", "5,000 people took part in
    # the march" ("took part in the survey" is no protest)
    "protesters": [r"protesters", r"protestors", r"demonstrators", r"marchers",
                   r"took part" + _PROTEST_AHEAD, r"marched", r"rallied", r"protested", r"demonstrated"],
    # where a film shows or an event is held, counted as sites: "opened in 4,100 theaters" ("cinemas", "locations"
    # in the trade's words; "screens" are another count, several to a cinema)
    "venues": [r"theat(?:er|re)s(?<!operating theaters)(?<!operating theatres)", r"cinemas",
               r"movie ?houses", r"locations", r"venues"],
    # how many watched an event in person: "in front of 31,245 fans", "a crowd of 31,000"
    "attendance": [r"crowds? of", r"attendance", r"attended", r"spectators", r"in front of", r"sell-out"],
    # a prison term, read from the words that govern a figure in time units ("jailed for nine years")
    "sentence": [r"jailed", r"sentenced", r"imprisoned", r"prison", r"jail", r"custodial", r"behind bars"],
    # money taken by fraud or theft: "stole £2.3m", "a £2.3m fraud", "embezzled $4m"
    # ("stolen data", "stolen cars": a participle before a noun names what was taken, no sum)
    "theft": [r"stole", r"stolen" + _NO_NOUN_AFTER, r"steal(?:ing|s)?", r"embezzl(?:ed|ing|ement)", r"fraud",
              r"defraud(?:ed|ing)?", r"swindl(?:ed|ing)", r"plunder(?:ed|ing)?", r"theft", r"misappropriat(?:ed|ing)",
              r"laundered"],
}  # fmt: skip

_PATTERNS: list[tuple[str, re.Pattern]] = [
    (metric, re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.I)) for metric, words in LEXICON.items()
]
_PATTERN_OF = dict(_PATTERNS)
_RANK = {metric: rank for rank, metric in enumerate(_PATTERN_OF)}  # lexicon order
# ``[;:]|,\s|\s(?:and|but|while|whereas)\s`` starting with a character class (see ``subjects._CLAUSE_BREAK``)
_CLAUSE_BREAK = re.compile(r"[;:,\s](?:(?<=[;:])|(?<=,)\s|(?<=\s)(?:and|but|while|whereas)\s)")
_RATE_UNITS = ("percent", "percentage_point", "basis_point")
# Rates stated as a level that is itself a change over a year: "year-on-year" beside them names how they are measured
_YEARLY_RATES = frozenset({"inflation", "core_inflation"})
# Metrics that are themselves rates: a percentage that moves is their level or its move ("gross margin narrowed by
# 0.6 points"), no growth of a quantity (a deficit in percent is a share of GDP: "cut the deficit by 0.3 points")
_LEVEL_RATES = frozenset({
    "share", "market_share", "ownership_stake", "interest_rate", "inflation", "core_inflation", "unemployment",
    "youth_unemployment", "tax", "votes", "vote_share", "turnout", "risk", "gross_margin", "operating_margin",
    "profit_margin", "dividend_yield", "load_factor", "lead", "swing", "deficit", "premium", "investment_return",
    "margin_of_error",
})  # fmt: skip
MAX_COST = 120  # characters (a clause break counts 80): beyond this a metric word is about something else
# "pay" as a verb, with what is paid after it ("must pay £12.4m", "to pay a record fine", "pay up to £3m"): the
# paying, which is a salary ("Shell is to pay $1m to the ex-finance chief") only when no other word in reach names
# the money ("must pay £12.4m, the biggest penalty" is a fine)
_PAY_VERB = re.compile(
    r"pay\s+(?:(?:up\s+to|out|back|about|around|nearly|almost|more\s+than|at\s+least|as\s+much\s+as)\s+)?"
    r"(?:an?\s|the\s|[£$€¥]|\d)",
    re.I,
)
PAY_VERB_COST = 100
# "earn" likewise: a player "will earn £210,000 a week" (a wage), "Netflix earned $3.13 billion in profit" (a profit)
_EARN_VERB = re.compile(r"earn(?:s|ed)?\b", re.I)
SENTENCE_REACH = 25  # characters between "jailed"/"sentenced to" and the term it governs
WAIT_REACH = 45  # characters from a wait word to its time ("the average wait for a hip replacement was 21 weeks")
_PRISON_AFTER = re.compile(r"\s+(?:in\s+(?:prison|jail|custody)|behind\s+bars)\b")
OWN_NOUN_REACH = 20  # characters: a lexicon word further from a count than this yields to the count's own noun
REDEPLOY_REACH = 40  # characters from "400 staff" to its verb ("could be redeployed")


def _literal_head(word: str) -> str:
    """The literal text every match of a synonym starts with ("revenue" for ``revenues?``), lower-cased."""
    head = ""
    for i, ch in enumerate(word):
        if ch in "\\[](){}|.*+?^$":
            break
        if word[i + 1 : i + 2] in ("?", "*", "{"):
            break  # an optional last character is not required
        head += ch
    return head.lower()


def _literal_heads(word: str) -> set[str]:
    """The literal texts a match of a synonym can start with: its ``_literal_head``, or for a synonym opening with a
    group of branches ("(?:budget |fiscal )?deficits?") the head of each branch followed by the rest (and of the rest
    alone when the group is optional). "" in the set: some match starts with no literal text."""
    if not word.startswith("(?:"):
        return {_literal_head(word)}
    depth, branches, begin, i = 0, [], 3, 0
    while i < len(word):
        if word[i] == "\\":
            i += 2
            continue
        if word[i] == "[":  # a class's brackets and bars belong to no group
            i = word.index("]", i + 2) + 1
            continue
        if word[i] == "(":
            depth += 1
        elif word[i] == ")":
            depth -= 1
            if depth == 0:
                break
        elif word[i] == "|" and depth == 1:
            branches.append(word[begin:i])
            begin = i + 1
        i += 1
    branches.append(word[begin:i])
    rest = word[i + 1 :]
    if rest[:1] in ("*", "+", "{"):
        return {""}  # a group repeated or bounded: left unscreened
    heads = {head for branch in branches for head in _literal_heads(branch + rest.removeprefix("?"))}
    return heads | _literal_heads(rest[1:]) if rest.startswith("?") else heads


_HEAD_OF: dict[str, set[str]] = {}  # literal head -> the metrics with a synonym starting so
for _metric, _words in LEXICON.items():
    for _word in _words:
        for _head in _literal_heads(_word):
            _HEAD_OF.setdefault(_head, set()).add(_metric)
_UNSCREENED = frozenset(_HEAD_OF.pop("", set()))  # a synonym without a literal head: its metric always runs
# The longest head found at a position stands for the heads that are its prefixes, found there too.
_METRICS_AT: dict[str, frozenset[str]] = {
    head: frozenset(m for other, metrics in _HEAD_OF.items() if head.startswith(other) for m in metrics)
    for head in _HEAD_OF
}
# Every head at every position (a lookahead, so heads inside other heads are found), in one pass over the
# lowered sentence: running ~40 case-insensitive patterns on every sentence was the cost of this step.
_ANY_HEAD = re.compile("(?=(" + trie_pattern(_HEAD_OF) + "))")
# Every pattern of ``_PATTERNS`` starts with ``(?<![\w-])``, so only a head at the start or after a character that
# is neither a word character nor a hyphen can start a match: ``_HEAD_AFTER`` finds those heads, matching the
# character before the head first so ``re`` skips to it at C speed (``_ANY_HEAD`` tried the trie at every
# character). ``lowered`` keeps every character a word character or not, so the lowered sentence is read.
_HEAD_AFTER = re.compile(r"[^\w-](?=(" + trie_pattern(_HEAD_OF) + "))")


def _head_starts(sentence: str) -> dict[str, list[int]] | None:
    """Where a match of each metric's pattern can start: the offsets of its heads in the lowered sentence.

    None when the sentence cannot be screened (every pattern runs everywhere). The metrics of ``_UNSCREENED`` are
    left out: their patterns run over the whole sentence.
    """
    sentence_lower = lowered(sentence)
    if sentence_lower is None:
        return None
    starts: dict[str, list[int]] = {}
    first = _ANY_HEAD.match(sentence_lower)
    found = [(0, first.group(1))] if first is not None else []
    found += [(m.start(1), m.group(1)) for m in _HEAD_AFTER.finditer(sentence_lower)]
    for start, head in found:
        for metric in _METRICS_AT[head]:
            starts.setdefault(metric, []).append(start)
    return starts


def metric_mentions(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, metric) for every lexicon word in the sentence, longest match first at a position."""
    return list(_mentions(sentence))


@lru_cache(maxsize=1024)
def _mentions(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Cached per sentence: every claim of a sentence asks for the same mentions."""
    found: list[tuple[int, int, str]] = []
    heads = _head_starts(sentence)
    # only the few metrics with a head in the sentence, in lexicon order (mentions of one span keep that order)
    metrics = _PATTERN_OF if heads is None else sorted(heads.keys() | _UNSCREENED, key=_RANK.__getitem__)
    for metric in metrics:
        pattern = _PATTERN_OF[metric]
        if heads is None or metric in _UNSCREENED:
            found += [(m.start(), m.end(), metric) for m in pattern.finditer(sentence)]
            continue
        pos = 0  # tried only where one of its heads starts, not at every character (``screens.matches_at`` inline)
        for at in heads[metric]:
            if at >= pos and (m := pattern.match(sentence, at)) is not None:
                pos = m.end()
                found.append((at, pos, metric))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    reach = -1  # found is sorted by start, so a mention overlaps a kept one iff it starts before their last end
    for f in found:
        if f[0] >= reach:
            kept.append(f)
            reach = max(reach, f[1])
    return tuple(kept)


# Every metric's pattern as one alternation, in lexicon order: a full match takes the first alternative that spells
# the whole noun, as trying the patterns one by one does, in one call (82 calls a noun were a tenth of this step).
_ANY_METRIC = re.compile("|".join(f"(?P<m{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(_PATTERNS)), re.I)


@lru_cache(maxsize=4096)
def _noun_metric(noun: str) -> str | None:
    """The first metric whose synonyms spell the counted noun exactly, cached: nouns repeat across claims."""
    m = _ANY_METRIC.fullmatch(noun)
    return _PATTERNS[int(m.lastgroup[1:])][0] if m is not None and m.lastgroup else None


# Metrics of money and metrics of counted things: a currency figure is never a head count ("ordered 30 planes for
# $1.8bn": the $1.8bn is no number of orders) and a plain count is never a sum of money ("a deal to acquire 36
# planes": 36 is no deal value). Rates and other units may take either.
_MONEY_ONLY = frozenset({
    "revenue", "profit", "operating_profit", "eps", "dividend", "loss", "price", "valuation", "funding", "deal_value",
    "spending", "debt", "fine", "salary", "cost", "damage", "assets", "savings", "theft", "aid", "trade_balance",
    "box_office", "prize", "bid", "add_ons", "loan", "ransom", "rent", "missing_funds", "withdrawals", "trading_volume",
    "transfers", "trade_value",
})  # fmt: skip
_COUNT_ONLY = frozenset({
    "subscribers", "users", "customers", "views", "jobs", "job_cuts", "deaths", "cases", "population", "votes",
    "downloads", "units_sold", "strikers", "orders", "members", "occurrences", "recalls", "injuries", "evacuations",
    "missing", "attendance", "participants", "venues", "redeployments", "jobless_claims", "households", "net_migration",
    "production", "protesters", "concurrent_users", "survivors", "passengers", "crew", "waiting_list",
})  # fmt: skip
# Counts written only as plain counts: "won 9.8% and 24 seats" (the 9.8% is no number of seats), "five rescued"
_PLAIN_COUNTS = frozenset({"seats", "rescued", "cancellations", "closures", "finishers"})
# Rates only, never an amount or a head count: "a 5.2-point swing", "a lead of 6.7 points", "a load factor of 84.7%"
_RATES_ONLY = frozenset({"lead", "swing", "load_factor", "gross_margin", "operating_margin", "profit_margin",
                         "dividend_yield", "youth_unemployment", "investment_return", "margin_of_error",
                         "share"})  # fmt: skip
UNIT_METRICS = ("duration",)  # metrics read from the unit, not from a lexicon word
# Metrics that name a dimension, not a fact: "three weeks out injured" and "six minutes remaining" are both durations
# about Chelsea, so two articles' durations of one subject are no two reports of one figure. Claims with these
# metrics keep their metric but are not clustered across articles (``keys.claim_key``).
UNCLUSTERED_METRICS = frozenset(UNIT_METRICS)
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})  # units of a length of time
# Between a figure and the noun it modifies, only spaces, the bracket closing it and a bracketed conversion:
# "a $1.5m (£799,000) fine", "a £2m donation".
# A price paid in a purchase: "for $1.3bn" after a verb of buying anywhere before it in the sentence.
_FOR_PRICE_BEFORE = re.compile(r"\bfor\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$", re.I)
_DEAL_VERB = re.compile(
    r"\b(?:buy|buys|buying|bought|acquire[sd]?|acquiring|purchase[sd]?|purchasing|take over|signed|signing)\b",
    re.I,
)
_HEAD_GAP = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?")
_HYPHENED_NOUN = re.compile(r"-([a-z]+)\b")
APPOSITIVE_NAME = re.compile(r"([A-Z][\w'’-]+),\s$")  # "Varga, 24, netted ...": the name an age in commas follows
_AGE_SURFACE = re.compile(r".*?[- ]years?[- ]old\b")  # "the 64-year-old", "91 years old"
_PERCENT_OF = re.compile(r"\s+of\b")
# "78% of ticket buyers", "43% of fans who bought": a percentage of a group of people or things, up to the group's
# plural noun (after a determiner and up to three modifiers)
_OF_GROUP = re.compile(r"\s+of\s+(?:(?:the|all|its|their|those|these|our|his|her)\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
# A noun just before "worth" names the money: "tax rises worth £26bn", "a deal worth $5bn" (a valuation only when
# no other word for the money is there: "a company worth $5bn")
_WORTH = re.compile(r"worth\b", re.I)
_NOUN_BEFORE_WORTH = re.compile(r"(\s+[a-z-]+)?\s+$")  # the noun ends where this starts or after its word
# "pay $4.1bn for Brightline", "pay about €8.8bn in cash for the group": the price of a purchase, no wage
# (or the conversion in brackets after that sum: "pay 84 million pounds ($113 million) for")
_PAY_BEFORE = re.compile(
    r"\bpa(?:y|ys|id|ying)\s+(?:(?:about|around|roughly|nearly|some|up\s+to)\s+)?(?:[^()\s][^()]{0,30}\(\s*)?$", re.I
)
# "for" a thing or a person bought after the sum paid: "paid £84m for the striker", "pay $2m for a stake in it"
_FOR_THING_AFTER = re.compile(
    r"\)?(?:\s*\([^()]*\))?\s+(?:in\s+(?:cash|stock|shares)\s+)?for\s+(?:the|a|an|its|his|her|their)\s+(?!privilege\b)[a-z-]+"
)
# A payment someone is made to make: "was ordered to pay £60.5m", "must now pay up to $2m" is left to its words
_ORDERED_TO_PAY = re.compile(
    r"\b(?:ordered|told|required|directed)\s+to\s+pay\s+(?:(?:up\s+to|about|around|nearly|almost|more\s+than|"
    r"at\s+least|a\s+total\s+of)\s+)?$",
    re.I,
)
# Who pays a price, not a wage: the buyers of a service or a good, a few words before the verb "pay" ("Children under
# 16 will still pay 100p", "passengers paid £4.20"; tenants' rent has its own words)
_CONSUMER_PAYS = re.compile(
    r"\b(?:children|passengers|commuters|customers|households|drivers|motorists|buyers|shoppers|travell?ers|riders|"
    r"users|fans|students|patients|consumers|pensioners|adults|families|homeowners|borrowers|subscribers|visitors|"
    r"diners|spectators)\b(?:\s+[\w-]+){0,4}?\s+pa(?:y|ys|id|ying)\s+(?:(?:about|around|up\s+to|just|only|an?\s+extra|"
    r"an?\s+average\s+of|more\s+than|less\s+than)\s+)?$",
    re.I,
)
_FOR_TARGET_AFTER = re.compile(
    r"(?:[^,;.]|(?<=\d)\.(?=\d)){0,30}?\s(?:in\s+(?:cash|stock|shares)\s+)?for\s+(?:[A-Z]|(?:the|a|an|its)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:company|group|firm|business|target|stake|rights|unit|division|maker|rival|start-?up)\b)"
)


_CUT_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|axe[sd]?|axing|shed|sheds|shedding|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|"
    r"lay(?:s|ing)? off|laid off|los(?:e|es|ing)|lost|scrap(?:s|ped|ping)?)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_CUT_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:jobs?|roles?|positions?|posts?|staff)\s+(?:could|will|would|may|might|are\s+(?:set\s+)?to|to|"
    r"are\s+going\s+to)\s+(?:go|be\s+(?:lost|cut|axed|shed|eliminated|scrapped))\b",
    re.I,
)
_PUT_BEFORE = re.compile(r"\b(?:put|puts|putting|throw|throws|threw|thrown)\s+(?:(?:about|around|nearly|up\s+to|"
                         r"more\s+than|some)\s+)?$", re.I)
_SCALED = re.compile(r"\d\s*(?:million|billion|mn|bn|m|b)\b", re.I)
_VIEW_VERB = re.compile(r"\b(?:watched|viewed|streamed|watching|viewing|streaming)\b", re.I)
_MAGNITUDE_SHAPE = re.compile(r"\d(?:\.\d{1,2})?")  # an earthquake's magnitude: under ten, a decimal or two
_OF_GDP_AFTER = re.compile(
    r"\s+of\s+(?:the\s+country's\s+|its\s+)?(?:gdp|gross domestic product|economic output)\b", re.I
)
# "4.8% of": what precedes GDP when it is a yardstick of another figure
_YARDSTICK_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+country's\s+|its\s+)?$", re.I)
# A relative clause set off by commas: ", which strips out food and fuel prices,"
# and a qualifier set off so: "Core inflation, excluding energy and unprocessed food, stood at 3.0%"
# (a figure's thousands comma ends no aside: ", including about 9,000 staff,")
_ASIDE = re.compile(
    r",\s+(?:which|who|whose|excluding|including|stripping\s+out|not\s+counting)\b(?:[^,;]|(?<=\d),(?=\d{3}))*,"
)
_ASIDE_WORDS = ("wh", "cluding", "stripping", "counting")  # a screen: most sentences hold no aside
# A conversion set off by commas: "earned A$3.15 million, about US$2.07 million, in prize money" (it parts no clause)
_CONVERSION_ASIDE = re.compile(
    r"(?<=\d|[mn]),\s+(?:(?:about|around|roughly|some|or|nearly|approximately|just\s+over|just\s+under)\s+)*"
    r"(?:[A-Z]{1,3})?[$£€¥][\d.,]+\s?(?:million|billion|bn|m)?,"
)
# An attribution set off by commas: "The average price reached £287,450, the lender said, up 3.9% on a year
# earlier": who said it parts no clause, so the price still governs the 3.9%
_SAID_ASIDE = re.compile(
    r",\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:said|says|reported|estimated|added)"
    r"(?:\s+on\s+[A-Z]\w+)?,"
)
_SAID_WORDS = ("said", "says", "reported", "estimated", "added")  # a screen: most sentences hold none


# Physical measures (``units.dimension_of``): a figure in one of these units measures a thing's size, never money
# or a head count.
_MEASURE_DIMENSIONS = frozenset({"length", "area", "volume", "mass", "power", "energy", "speed", "data", "bandwidth"})
# The measure each metric word that fits a measure names ("depth" is a length, never the "15 MW" beside it);
# "any": goods traded, counted by weight or volume as often as by money ("exports of 3m tonnes").
_MEASURE_METRICS = {
    "depth": ("length",), "distance": ("length",), "area": ("area",), "speed": ("speed",), "emissions": ("mass",),
    "exports": ("any",), "imports": ("any",), "mass": ("mass",), "altitude": ("length",),
    "demand": ("power", "energy"), "generation": ("power", "energy"), "capacity": ("power", "energy"),
    "wind_speed": ("speed",), "rainfall": ("length",), "snowfall": ("length",), "water_level": ("length",),
    "spill": ("volume", "mass"), "coastline": ("length",), "screen_size": ("length",), "length": ("length",),
    "production": ("any",),
}  # fmt: skip
# Measure metrics whose words are everyday words in other senses ("demand for iPhones rose 9%", "a capacity crowd of
# 60,000", "a 20% weighting"): they measure only a figure in their own dimension, and only within
# ``MEASURE_REACH`` of it, so a size mentioned further off in the sentence is no figure of theirs.
_MEASURE_ONLY = frozenset({"mass", "altitude", "demand", "generation", "capacity", "wind_speed", "rainfall", "snowfall",
                           "water_level", "spill", "screen_size", "length"})  # fmt: skip
# Rain and snow are measured in the small units of their gauges
_PRECIPITATION_UNITS = {
    "rainfall": ("millimetre", "centimetre", "inch"),
    "snowfall": ("millimetre", "centimetre", "inch", "foot", "metre"),
}
# Lengths, measured only by a figure in units of length: "31 men were underground" is no depth, "a range of
# £405m-£425m" no distance
_LENGTH_ONLY = frozenset({"depth", "distance", "coastline"})
# Metrics read only from the figure's own noun right after it ("38 km of coastline"), not from a word further off
# ("20 km south of the coast" is a distance)
_OWN_NOUN_ONLY = frozenset({"coastline"})
MEASURE_REACH = 40  # characters


def _share_of_group(sentence: str, end: int) -> bool:
    """Whether a percentage is a share of a group its plural noun names, outside the lexicon ("78% of ticket
    buyers", "43% of fans who bought"): the words before the noun ("ticket") say who the group is, not the
    metric. A lexicon noun ("30% of its sales", "52% of voters") leaves the figure to the lexicon."""
    m = _OF_GROUP.match(sentence, end)
    if m is None:
        return False
    for word in m.group(1).split():
        if word.lower() in _NOT_NOUNS:
            return False  # "of which", "of those who": no noun reached
        if is_counted_noun(word):  # (a noun whose metric no percentage measures is a group: "85% of the bids")
            return (metric := _noun_metric(word)) is None or not _admits(metric, "percent")
    return False


def _worth_noun(sentence: str, mentions: list[tuple[int, int, str]], end: int) -> list[tuple[int, int, str]]:
    """Mentions with a "worth" whose noun before it names the money left out ("tax rises worth £26bn" is tax),
    and a "worth" after the figure: it values the figure after it, not this one ("a 4.5% rise, worth £1,650")."""
    kept = []
    for m in mentions:
        if m[2] == "valuation" and m[0] >= end and _WORTH.match(sentence, m[0]):
            continue
        if m[2] == "valuation" and _WORTH.match(sentence, m[0]):
            noun = _NOUN_BEFORE_WORTH.search(sentence, max(0, m[0] - 30), m[0])
            ends = (noun.start(), noun.end(1)) if noun else ()
            if any(o[1] in ends and (o[2] in _MONEY_ONLY or o[2] == "tax") for o in mentions if o is not m):
                continue
        kept.append(m)
    return kept


def _admits(metric: str, unit: str) -> bool:
    """Whether a figure in ``unit`` can measure ``metric`` (see ``_MONEY_ONLY`` and ``_COUNT_ONLY``; an area is
    measured in area units only, a prison sentence in time units, a risk as a rate)."""
    if unit.partition("_per_")[0] in TIME_UNITS:
        return False  # "37.5 hours a week": a length of time per period (working hours) is no money nor head count
    if metric == "area":
        return dimension_of(unit) == "area"
    if metric in ("delay", "wait_time"):
        return unit in TIME_UNITS  # "47 days late", "a median wait of 14.2 weeks"; read in ``find_metric``
    if metric == "speed_up":
        return unit not in ("percentage_point", "basis_point")  # "2.7 points faster than prices": a gap of rates
    if metric in _PRECIPITATION_UNITS:
        return unit in _PRECIPITATION_UNITS[metric]  # "142mm of rain", not "ran 42 km in the rain"
    if metric in _MEASURE_ONLY or metric in _LENGTH_ONLY:
        return dimension_of(unit) in _MEASURE_METRICS[metric]
    if metric in _PLAIN_COUNTS:
        return unit == "count"
    if metric in ("bid", "add_ons"):
        # "a bid of €90m", "530p a share"; "51% Russian-owned ... permitted to bid" is none
        return is_currency(unit) or "_per_" in unit
    if metric in _RATES_ONLY:
        return unit in _RATE_UNITS or unit in ("fraction", "point")
    if metric == "sentence":
        return unit in TIME_UNITS  # "jailed ... after taking £1m": the money is no prison term
    if metric in ("premium", "churn"):
        return unit in _RATE_UNITS or unit == "fraction"  # "a 32% premium", "churn of 2.1%"
    if metric == "reserves":
        # "reserves of $18bn", "oil reserves of 3bn barrels"; not "12 reserves" (players) nor a nature reserve's area
        return unit != "count" and dimension_of(unit) not in ("area", "length")
    if metric == "containment":
        return unit in _RATE_UNITS or unit == "fraction"  # "5% contained", never "contained a clause of €100m"
    if metric == "risk":
        return unit in _RATE_UNITS or unit in ("fraction", "ratio")  # "a study of 78,430 people" counts no risk
    if unit == "count":
        return metric not in _MONEY_ONLY and metric != "age"
    if dimension_of(unit) in _MEASURE_DIMENSIONS:
        # "the 210-kilometre line was priced at £41bn", "a 1.5 GW farm for a 40% stake": a length or a power is
        # no price, stake or head count; only a measure's own word fits it ("a depth of 10km")
        return bool({dimension_of(unit), "any"} & set(_MEASURE_METRICS.get(metric, ())))
    if metric in _COUNT_ONLY:
        return not is_currency(unit.partition("_per_")[0])  # (nor a sum per period: "£10.85 an hour")
    return metric != "age"  # an age is written in time units, which are handled apart


def find_metric(sentence: str, start: int, end: int, unit: str, change: str, noun: str | None = None) -> str | None:
    """The canonical metric of the quantity at [start, end) of ``sentence``.

    The nearest lexicon word wins, with words in the same clause preferred, and above all the noun the figure
    modifies ("agreed to pay a $1.5m fine": the fine, not the paying); a percentage that rises or falls is the
    growth of its metric ("sales jumped 9%" -> ``revenue_growth``), so it never meets a level. Only words whose
    metric the figure's unit can measure count (``_admits``). A figure in time units is a ``duration``, or an
    ``age`` when an age word governs it; a percentage "of" a group with no metric word is a ``share``.
    """
    mentions = metric_mentions(sentence)
    hyphened = _HYPHENED_NOUN.match(sentence, end)  # "a 7.0-magnitude earthquake": the word hyphened to the figure
    if hyphened and (metric := _noun_metric(hyphened.group(1))) is not None:
        mentions.append((end, hyphened.end(), metric))
    own_noun = False  # the figure counts a noun of its own, outside the lexicon ("38 battery fires")
    if noun:
        metric = _noun_metric(noun)
        if metric is not None and not _in_longer_phrase(sentence, end, noun, mentions):
            mentions.append((end, end + len(noun), metric))
        else:
            own_noun = unit == "count" and is_counted_noun(noun) and noun.lower() not in _CONTEXT_NOUNS
    viewing = unit == "hour" and _VIEW_VERB.search(sentence, max(0, start - 40), start)
    if viewing and _SCALED.search(sentence, start, end):
        return "views"  # "watched for 874 million hours": hours of viewing, not a length of time
    if unit in TIME_UNITS:
        if APPOSITIVE_NAME.search(sentence, max(0, start - 40), start) and sentence.startswith(",", end):
            return "age"  # "Varga, 24, netted 27 times": a number in commas after a name is the person's age
        if _AGE_SURFACE.match(sentence, max(start, end - 9), end + 12) or any(
            m[2] == "age" and _cost(sentence, start, end, m) <= 15 for m in mentions
        ):
            return "age"
        if _PRISON_AFTER.match(sentence, end) or any(
            m[2] == "sentence" and m[1] <= start and _cost(sentence, start, end, m) <= SENTENCE_REACH for m in mentions
        ):
            return "sentence"  # "jailed for nine years", "12 years in prison": a prison term, a court story's fact
        if any(m[2] == "delay" and _governs_time(sentence, start, end, m) for m in mentions):
            return "delay"  # "went up 47 days late", "pushed the launch back by 47 days": how late, no mere length
        if any(m[2] == "wait_time" and m[1] <= start and _cost(sentence, start, end, m) <= WAIT_REACH
               for m in mentions):
            return "wait_time"  # "a median wait of 14.2 weeks": a statistic's level, which outlets compare
        return "duration"
    if unit == "count" and _RETIREMENT_BEFORE.search(sentence, max(0, start - 40), start):
        return "age"  # "raise the retirement age from 62 to 64": the scanner reads a bare age as a count
    if dimension_of(unit) == "charge":
        return "battery_capacity"  # "a 5,200mAh battery": a charge is what a battery holds, whatever words are near
    if is_difference(sentence, end, unit):
        return None  # "$100 more than the X6", "2.7 million fewer than": a difference, no level of the metric
    if unit == "percent" and _PREMIUM_AFTER.match(sentence, end):
        return "premium"  # "37% above its last close": what a bid pays over the market price
    if is_currency(unit) and _FOR_PRICE_BEFORE.search(sentence, max(0, start - 16), start) and _DEAL_VERB.search(
        sentence, 0, start
    ):
        mentions.append((start, start, "deal_value"))  # "agreed to buy GreenLeaf, a maker of crisps, for $1.3bn"
    if is_currency(unit) or is_currency(dimension_of(unit)):  # (a sum in a currency's small unit too: "100p")
        mentions += _paying(sentence, start, end)
    if _HABITUAL_BEFORE.search(sentence, max(0, start - 60), start):
        return None  # "sales of big games usually fall by half": a rule of thumb, no figure reported of anything
    if unit == "percent" and _OF_SHARES_AFTER.match(sentence, end):
        return "ownership_stake"  # "owns about 1.5% of all listed shares": a holding, no share price
    if unit == "percent" and _share_of_group(sentence, end):
        return "share"
    if "worth" in sentence:
        mentions = _worth_noun(sentence, mentions, end)
    mentions = [m for m in mentions if not _qualifier_or_remote(sentence, start, end, m)]
    if noun and is_counted_noun(noun):  # "21,000 employees and sells cars in 28 countries": 28 counts countries
        mentions = [m for m in mentions if m[1] > start or not _other_figures_noun(sentence, m)]
    if is_currency(unit):
        # the money of an order is what the deal is worth: "ordered 30 planes for $1.8bn" -> deal_value; money
        # missing is no count of missing people ("$4.37bn of customer money is missing")
        mentions = [(a, b, _MONEY_SENSE.get(metric, metric)) for a, b, metric in mentions]
    mentions = _without_generic_noun(sentence, start, end, [m for m in mentions if _admits(m[2], unit)])
    if unit in _RATE_UNITS:  # "recovery rates in comparable cases ranged from 20% to 60%": the rate, not the cases
        mentions = [m for m in mentions if not _RATE_HEAD_BEFORE.search(sentence, max(0, m[0] - 60), m[0])]
    if not _MAGNITUDE_SHAPE.fullmatch(sentence, start, end):
        mentions = [m for m in mentions if m[2] != "magnitude"]  # "the magnitude 6.9 quake's toll rose to 58"
    if unit in _RATE_UNITS and _OF_GDP_AFTER.match(sentence, end):
        mentions = [m for m in mentions if m[2] != "gdp"]  # "a deficit of 4.4% of GDP": GDP is the yardstick
    elif any(m[2] == "gdp" for m in mentions):  # nor of another figure: "£138bn, or 4.8% of GDP, to £112bn"
        mentions = [m for m in mentions if m[2] != "gdp" or not _YARDSTICK_BEFORE.search(sentence, 0, m[0])]
    mentions = _without_yardsticks(sentence, mentions)
    asides = (  # (a substring test first: most sentences have no relative clause)
        [a.span() for a in _ASIDE.finditer(sentence) if not a.start() <= start < a.end()]
        if any(word in sentence for word in _ASIDE_WORDS)
        else []
    )
    if sentence.count(",") >= 2:
        asides += [a.span() for a in _CONVERSION_ASIDE.finditer(sentence) if not a.start() <= start < a.end()]
    if " - " in sentence or "–" in sentence or "—" in sentence:
        asides += [a.span() for a in _DASH_ASIDE.finditer(sentence) if not a.start() <= start < a.end()]
    if any(word in sentence for word in _SAID_WORDS):
        asides += [a.span() for a in _SAID_ASIDE.finditer(sentence) if not a.start() <= start < a.end()]
    if asides:  # "Core inflation, which strips out food and fuel prices, rose to 2.9%": the aside's words are not it,
        # and it parts no clause (its commas are blanked for the distances)
        mentions = [m for m in mentions if not any(a <= m[0] and m[1] <= b for a, b in asides)]
        for a, b in asides:
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    mentions = _in_own_clause(sentence, start, end, mentions)
    if any(m[2] == "swing" for m in mentions) and not _ELECTION_WORD.search(sentence):
        mentions = [m for m in mentions if m[2] != "swing"]  # "a 5% swing in the share price" is no electoral swing
    if unit == "count" and _closed_sites(sentence, start, end, noun):
        return "closures"  # "will close 34 of its 212 stores", "shut 12 branches": sites closed, not their count
    if unit == "percent" and _won_share(sentence, start, end):
        return "vote_share"  # "The Greens won 9.8% and 24 seats": the share of the vote a party won
    enrolled = _enrolled(sentence, start, end, unit, noun, hyphened)
    if not mentions:
        return "participants" if enrolled else _no_mention(sentence, start, end, unit, change)

    costs = {m: _cost(sentence, start, end, m) for m in mentions}  # each mention's cost once
    if (moved := _MOVE_APPOSITION.search(sentence, max(0, start - 80), start)) is not None:
        # "Operating profit came in at NOK 2.05bn, down 11% from NOK 2.31bn": the move set off after an amount is
        # that amount's, so its comma parts no clause from the amount's metric word
        costs = {m: c - 80 if m[1] <= moved.start() else c for m, c in costs.items()}
    ranked = [
        m
        for m in sorted(mentions, key=costs.__getitem__)
        if costs[m] <= (MEASURE_REACH if m[2] in _MEASURE_ONLY else MAX_COST)
    ]
    if not ranked or (own_noun and costs[ranked[0]] > OWN_NOUN_REACH):
        # "recalled 1.2m bikes after more than three dozen battery fires": the verb right before a figure names
        # what it counts (recalls); further away, the figure's own noun does (fires)
        return "participants" if enrolled else _no_mention(sentence, start, end, unit, change)
    best = ranked[0][2]
    if best in _WHO_ON_BOARD and (fate := _fate_of(ranked, costs, end)):
        return fate  # "two passengers survived", "three crew were injured": what befell them, not who they were
    if best == "investment_return" and ranked[0][0] >= end and _PERCENT_OF.match(sentence, end):
        return "share"  # "20% of the equity return came from seven stocks": a part of the return, no return
    if best == "valuation" and _FUND_BEFORE.search(sentence, max(0, ranked[0][0] - 40), ranked[0][0]):
        return "assets"  # "the fund was worth NOK 20tn": a fund's worth is the assets it holds
    if any(m[2] == "price_target" and m[1] <= start for m in ranked):
        return "price_target"  # "raised its price target on the stock to $142": the stock is what it is set for
    if best == "jobs" and any(m[2] == "redeployments" and costs[m] <= REDEPLOY_REACH for m in ranked):
        return "redeployments"  # "up to 400 staff could be redeployed": staff moved, not the workforce
    if unit.endswith("_per_share"):
        return _per_share_metric(sentence, ranked)
    if best == "jobs" and unit == "count" and (
        _CUT_BEFORE.search(sentence, max(0, start - 40), start) or _CUT_AFTER.match(sentence, end)
    ):
        return "job_cuts"  # "will cut 1,850 jobs", "3,500 jobs could go": jobs lost, not the workforce
    if best == "unemployment" and unit == "count" and _PUT_BEFORE.search(sentence, max(0, start - 30), start):
        return "job_cuts"  # "will put 300 people out of work": jobs lost, no count of the unemployed
    if unit == "percent" and best in _COUNT_ONLY and any(m[2] == "vote_share" and costs[m] <= 60 for m in ranked):
        return "vote_share"  # "95% of members who cast ballots voted in favour": the share of a vote, not of members
    if best == "growth":
        # (not a word after the figure in the next clause: "growth ... to 1.1%, and said unemployment would")
        base = next(
            (m[2] for m in ranked if m[2] not in ("growth", "share") and (m[1] <= start or costs[m] < 80)), None
        )
        if base in _YEARLY_RATES and unit in _RATE_UNITS:
            return base  # "inflation eased to 3.4% year-on-year": the rate is measured over a year, it is no growth
        if base in _LEVEL_RATES and _rate_of_other_clause(sentence, ranked[0], base, ranked):
            base = None  # "the deficit will be 2.9%, assumes growth of 1.4%": the economy's growth, not the deficit's
        if unit not in _RATE_UNITS and unit not in ("fraction", "ratio"):
            return base  # "rose 6% year-on-year to $4.27 billion": the amount is the revenue, only the 6% a growth
        return f"{base}_growth" if base else "growth"
    if unit in _RATE_UNITS and best not in _LEVEL_RATES and not _OF_GDP_AFTER.match(sentence, end):
        growth_word = any(m[2] == "growth" for m in mentions)
        if change in ("up", "down") or growth_word or (best in _MONEY_ONLY and _percent_move(sentence, start, end)):
            return f"{best}_growth"
    return best


# What a count metric's word means of a sum of money: an order's money is the deal's value, money missing is funds
_MONEY_SENSE = {"orders": "deal_value", "missing": "missing_funds"}
# Nouns that say only that goods were counted, not what was done with them: the verb or noun before the figure tells
# ("production rose to 126,900 units" is no number of units sold)
_GENERIC_NOUNS = frozenset({"units"})
_WORD_NEXT = re.compile(r"\s+([A-Za-z][\w-]*)")
GENERIC_NOUN_REACH = 30  # characters from the governing word to the figure
# "4% of turnover", "94% of its revenue": a money word a percentage is taken of, up to two words after "of"
_YARDSTICK_OF = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# A rate noun outside the lexicon whose phrase holds the mention: "recovery rates in comparable cases", "death rates
# among workers" (the cases and the workers only say where the rate is measured)
_RATE_HEAD_BEFORE = re.compile(r"\brates?\s+(?:in|for|of|among|across|at|on)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# The term a figure is compared with, after it: "2.7 points faster than prices", "higher than its revenue"
_THAN_BEFORE = re.compile(r"\bthan\s+(?:[\w'’-]+\s+){0,2}$", re.I)
YARDSTICK_REACH = 60  # characters from the money word governing the percentage to the percentage
# A parenthesis set off by dashes, with no figure in it: "natural change - births minus deaths - added 780,000"
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—\d;]{1,80}?\s[-–—]\s|—[^—\d;]{1,80}?—")


def _without_generic_noun(
    sentence: str, start: int, end: int, mentions: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Mentions without the figure's generic noun ("units") when a lexicon word just before the figure in its clause
    governs it ("Production rose to 126,900 units"; "sold 1.2 million units" keeps its units)."""
    word = _WORD_NEXT.match(sentence, end)
    if word is None or word.group(1).lower() not in _GENERIC_NOUNS:
        return mentions
    governed = any(
        m[1] <= start and start - m[1] <= GENERIC_NOUN_REACH and not _CLAUSE_BREAK.search(sentence, m[1], start)
        for m in mentions
    )
    generic = _noun_metric(word.group(1))  # (the noun's mention may stand at the figure's end: ``find_metric``)
    return [m for m in mentions if not (governed and m[0] >= end and m[2] == generic)]


def _governs_time(sentence: str, start: int, end: int, m: tuple[int, int, str]) -> bool:
    """Whether a delay word governs a figure in time units: close before it ("delayed by 47 days") or right after
    it ("47 days late", "47 days later than planned"); "for 20 years until late 2019" is no delay."""
    if m[1] <= start:
        return _cost(sentence, start, end, m) <= SENTENCE_REACH
    return bool(_HEAD_GAP.fullmatch(sentence, end, m[0]))


def _other_figures_noun(sentence: str, m: tuple[int, int, str]) -> bool:
    """Whether a mention is the noun of a figure right before it ("21,000 employees"), which governs that figure and
    not a later one with a noun of its own ("... and sells cars in 28 countries")."""
    return is_counted_noun(sentence[m[0] : m[1]]) and bool(_NUMBER_BEFORE.search(sentence, max(0, m[0] - 20), m[0]))


def _without_yardsticks(sentence: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Mentions without a money word a percentage is taken of when another money word governs that percentage ("a
    fine of up to 4% of turnover": the fine is the figure, the turnover its base, for the 4% and any later sum)."""
    kept = []
    for m in mentions:
        base = _YARDSTICK_OF.search(sentence, max(0, m[0] - 40), m[0]) if m[2] in _MONEY_ONLY else None
        governed = base is not None and any(
            o[2] in _MONEY_ONLY | {"tax"} and o[2] != m[2] and 0 <= base.start() - o[1] <= YARDSTICK_REACH
            for o in mentions
        )
        if not governed:
            kept.append(m)
    return kept


def is_difference(text: str, end: int, unit: str) -> bool:
    """Whether the amount ending at ``end`` is a difference between two levels, not a level ("$100 more than the
    X6", "2.7 million fewer than", "will pay 50p more for a journey"): no metric of the level is its metric. A
    percentage so placed is a growth or a premium, read apart."""
    return unit not in _RATE_UNITS and unit not in ("fraction", "ratio") and bool(_DIFFERENCE_AFTER.match(text, end))


def _rate_of_other_clause(sentence: str, growth: tuple[int, int, str], base: str, ranked: list) -> bool:
    """Whether the word "growth" before a figure names growth of its own, with the rate metric before it in another
    clause ("expects the deficit at 2.9% next year, assumes growth of 1.4%"): no rate level grows in percent."""
    if growth[2] != "growth":
        return False
    before = [m for m in ranked if m[2] == base and m[1] <= growth[0]]
    return bool(before) and bool(_CLAUSE_BREAK.search(sentence, before[-1][1], growth[0]))


def _percent_move(sentence: str, start: int, end: int) -> bool:
    """Whether a percentage is the size of a move of an amount, told by a noun of moving after it ("a 9.3% rise")
    or set off after a verb of moving ("rises from 540p to 590p, about 9%"): no percentage is a level of a price."""
    return bool(_MOVE_NOUN_AFTER.match(sentence, end) or _MOVE_SET_OFF.search(sentence, max(0, start - 80), start))


def _qualifier_or_remote(sentence: str, start: int, end: int, m: tuple[int, int, str]) -> bool:
    """Whether a mention only qualifies the figure or is too far from it to name it: a debt "including"d in a
    deal's value ("$43.6bn including debt"), a "worth" that converts the figure before it ("50 bitcoin, worth
    $4.6m"), a likelihood the figure is the subject of ("0.9% is more likely"), a noun of its own further off."""
    if m[2] == "debt":
        return bool(_QUALIFIER_BEFORE.search(sentence, max(0, m[0] - 25), m[0]))
    if m[2] == "valuation" and _WORTH.match(sentence, m[0]):
        return bool(_CONVERTED_BEFORE.search(sentence, max(0, m[0] - 40), m[0]))
    if m[2] == "risk" and _LIKELY.match(sentence, m[0]):
        return m[0] < end or not _HEAD_GAP.fullmatch(sentence, end, m[0])  # only "33% less likely to"
    if m[2] in _OWN_NOUN_ONLY:
        return m[0] < end or not _HEAD_GAP.fullmatch(sentence, end, m[0])
    if m[0] >= end and _THAN_BEFORE.search(sentence, max(end, m[0] - 40), m[0]):
        return True  # "grow 2.7 points faster than prices": the prices are the yardstick, not the figure's metric
    if m[2] == "production" and sentence.startswith("produced", m[0]):
        return m[0] >= end  # "the plant produced 9,000 cars", not "700 games produced for the console"
    if m[2] == "finishers" and sentence.startswith("finished", m[0]):
        return m[0] < end  # "38,400 finished", not "finished the year with 1,200 stores"
    return False


# "including debt", "excluding net debt", "plus debt": a qualifier of the figure, whose metric stays its own
_QUALIFIER_BEFORE = re.compile(
    r"\b(?:including|excluding|plus|net\s+of|inclusive\s+of)\s+(?:its\s+|net\s+|assumed\s+)?$", re.I
)
# a figure set off by a comma right before "worth": "50 bitcoin, worth", "£2bn (€2.3bn), worth"
_CONVERTED_BEFORE = re.compile(r"\d[\d.,]*\s?(?:[a-z]+\s?)?(?:\([^()]*\)\s*)?,\s+$", re.I)
_LIKELY = re.compile(r"(?:more|less)\s+likely", re.I)
# A habitual move, no figure of a report: "sales usually fall by half", "prices typically rise 5% in December"
_HABITUAL_BEFORE = re.compile(
    r"\b(?:usually|typically|normally|generally|tends?\s+to)\s+(?:ris(?:e|es)|fall(?:s)?|drop(?:s)?|grow(?:s)?|"
    r"increase(?:s)?|decrease(?:s)?|decline(?:s)?|jump(?:s)?|climb(?:s)?|shrink(?:s)?)\s+(?:by\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|up\s+to)\s+)?$",
    re.I,
)
# A percentage of a company's shares is a holding: "owns 1.5% of all listed shares", "sold 3% of its shares"
_OF_SHARES_AFTER = re.compile(
    r"\s+of\s+(?:(?:all|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?(?:shares|share\s+capital|stock)\b", re.I
)
# A fund before its worth: "the fund was worth", "the fund, now worth"
_FUND_BEFORE = re.compile(r"\bfund(?:'s|’s)?\b(?:,)?(?:\s+[\w'’-]+){0,3}\s+$", re.I)
# The age a pension starts at, before a bare count: "raise the retirement age from 62 to 64"
_RETIREMENT_BEFORE = re.compile(
    r"\b(?:retirement|pension(?:able)?)\s+age\s+(?:(?:from|to|of|at|is|was|will\s+(?:be|rise\s+to))\s+)?$"
    r"|\bretir(?:e|es|ing)\s+at\s+$",
    re.I,
)
# An amount told apart from another: "$100 more than", "2.7 million fewer than", "50p more for a journey", "£150
# more a year" (a figure's hedge "more than" stands before it, not after)
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:(?:more|less|fewer|extra|cheaper|dearer)\s+(?:than|for|a|per|each)|(?:higher|lower|bigger|larger|smaller)"
    r"\s+than)\b",
    re.I,
)
# A percentage over a market price: "37% above its last close", "37% more than Brightwater was worth on Friday"
_PREMIUM_AFTER = re.compile(
    r"\s+(?:above|over|more\s+than|higher\s+than)\s+(?:[\w'’.-]+\s+){0,4}?(?:(?:last|closing|previous|prior|"
    r"undisturbed)\s+(?:close|closing\s+price|share\s+price|trading\s+price|price)|closing\s+price|(?:was|were)\s+"
    r"(?:worth|valued))\b",
    re.I,
)
_MOVE_NOUN_AFTER = re.compile(
    r"\s+(?:rise|increase|hike|jump|climb|fall|drop|decline|decrease|cut|reduction)s?\b", re.I
)
# a percentage set off after a verb of moving in its clause: "rises by 50p to 590p, or 9.3 per cent"
_MOVE_SET_OFF = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|increas(?:e|es|ed|ing)|(?:go(?:es)?|went|going)\s+up|hik(?:e|es|ed|ing)|cut(?:s|ting)?|"
    r"fall(?:s|ing)?|fell|drop(?:s|ped|ping)?|reduc(?:e|es|ed|ing))\b[^;,]*,\s+(?:(?:or|about|around|roughly|some|"
    r"nearly|almost|just\s+over|just\s+under)\s+){0,2}$",
    re.I,
)


def _in_own_clause(
    sentence: str, start: int, end: int, mentions: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The mentions that can govern a figure opening a clause of its own: "Two miners died and five have been
    rescued" (five opens a clause with its own verb, so "died" before the "and" is not its word), and a word after the
    figure that governs a figure of its own ("down 11% from NOK 2.31bn, on revenue of NOK 14.6bn": revenue is the
    14.6bn's) when a word before the figure can govern it."""
    conj = _NEW_CLAUSE_BEFORE.search(sentence, max(0, start - 40), start)
    if conj and _OWN_VERB_AFTER.match(sentence, end):
        # (the noun of a figure before is carried over: "12,500 jobs had gone while 7,800 were moved" are jobs)
        mentions = [
            m for m in mentions if m[0] >= conj.start() or m[1] > start or _NUMBER_BEFORE.search(sentence, 0, m[0])
        ]
    if any(m[1] <= start and m[2] != "salary" for m in mentions):  # (no mere verb "earned": "earned $778m on sales")
        mentions = [
            m for m in mentions
            if m[1] <= start or _HEAD_GAP.fullmatch(sentence, end, m[0]) or not _OWN_FIGURE_AFTER.match(sentence, m[1])
        ]  # fmt: skip
    return mentions


# The coordinating conjunction a new clause opens with, right before its subject figure ("and five have been")
_NEW_CLAUSE_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:(?:another|a\s+further|about|around|nearly|some|at\s+least|"
    r"more\s+than)\s+)?$"
)
# A figure right before a word, whose noun the word is ("12,500 jobs", "two miners")
_NUMBER_BEFORE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|bn|m))\s+$", re.I
)
# The figure's own verb: the figure is the subject of its clause ("five have been rescued", "12 were injured")
_OWN_VERB_AFTER = re.compile(
    r"(?:\s+(?:more|others?|people|of\s+them))?\s+(?:have|has|had|were|was|are|is|remain(?:s|ed)?|will|would|could|may|"
    r"might)\b"
)
# A metric word with its own figure after it: "revenue of NOK 14.6bn", "sales were $2bn"
_OWN_FIGURE_AFTER = re.compile(
    r"\s+(?:of|at|was|were|is|are|totall?(?:ed|ing)|reached|stood\s+at|came\s+in\s+at)\s+(?:(?:about|around|nearly|"
    r"some|almost|roughly|just|more\s+than|less\s+than)\s+)?(?:(?-i:[A-Z]{3})\s?|[$£€¥₹])?\d"
)
# A verb of closing right before a count of sites: "will close 34 of its stores", "shut 12 branches"
_CLOSE_BEFORE = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?|shutter(?:s|ed|ing)?)\s+(?:(?:a\s+further|another|up\s+to|"
    r"about|around|nearly|more\s+than|at\s+least|all)\s+)?$",
    re.I,
)


# A move set off by a comma right after an amount, up to the figure: ", down 11%", ", up 4% from", ", a rise of"
_MOVE_APPOSITION = re.compile(
    r"(?<=\d)(?:\s?(?:[a-z]{1,8}|[%£$€¥]))?\s*,\s+(?:up|down|rising|falling|an?\s+(?:(?:annual|yearly|monthly)\s+)?"
    r"(?:rise|fall|drop|decline|increase|decrease|jump)\s+of)\s+(?:by\s+)?"
    r"(?:(?:about|around|nearly|some|almost|roughly|just)\s+)?"
    r"(?:[\d.,]+\s?(?:%|per\s?cent|percent)\s+(?:from|on)\s+(?:(?-i:[A-Z]{3})\s?|[$£€¥₹])?)?$",
    re.I,
)


def _closed_sites(sentence: str, start: int, end: int, noun: str | None) -> bool:
    """Whether a count is of sites a verb of closing governs ("close 34 of its 212 stores", "shut 12 branches"); not
    "close to 300" nor a closing level ("closed 45 lower")."""
    if not _CLOSE_BEFORE.search(sentence, max(0, start - 40), start):
        return False
    return bool(noun and is_counted_noun(noun)) or sentence.startswith(" of ", end)


# "won 9.8%", "took 31.5 per cent": a party's share of the vote, in a sentence about an election
_WON_BEFORE = re.compile(
    r"\b(?:won|wins|winning|took|taking|secured|securing|polled|polling|garnered|garnering)\s+(?:(?:about|around|"
    r"nearly|just|only|almost|some|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?$",
    re.I,
)
_ELECTION_WORD = re.compile(r"\b(?:seats?|votes?|ballots?|elections?|polls?|constituenc(?:y|ies)|electorate)\b", re.I)


def _won_share(sentence: str, start: int, end: int) -> bool:
    """Whether a percentage is the share of the vote a party won ("won 9.8% and 24 seats"), not a share "of"
    something named after it ("won 40% of the market")."""
    return (
        bool(_WON_BEFORE.search(sentence, max(0, start - 30), start))
        and not _PERCENT_OF.match(sentence, end)
        and bool(_ELECTION_WORD.search(sentence))
    )


# Who is enrolled in a study, however counted ("14,200 adults", "15,200 patients", "a 14,200-patient trial")
_ENROLLED_NOUNS = frozenset({"participants", "patients", "people", "adults", "volunteers", "subjects", "women", "men",
                             "children", "patient", "participant", "person", "adult", "volunteer"})  # fmt: skip
# the study word governing the count: "in a trial of more than 15,200 patients", "The study followed 9,800 volunteers"
_STUDY_BEFORE = re.compile(
    r"\b(?:trials?|study|studies|enrol(?:l?ed|ling|s)?|recruited)\b(?:\s+[\w,-]+){0,4}\s+$", re.I
)
_STUDY_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*)?\s+(?:trial|study)\b", re.I)  # "a 14,200-patient LUMEN-3 study"


def _enrolled(sentence: str, start: int, end: int, unit: str, noun: str | None, hyphened: re.Match | None) -> bool:
    """Whether a count with no nearer lexicon word is a study's enrolment: a noun of people counted right after a
    trial or study word ("The trial enrolled 14,200 adults", "a 14,200-patient study"; not "36 people accused ...
    until the trial"), so every outlet's wording of its size is one ``participants`` figure."""
    if unit != "count":
        return False
    if hyphened:
        return hyphened.group(1).lower() in _ENROLLED_NOUNS and bool(_STUDY_AFTER.match(sentence, hyphened.end()))
    enrolled = bool(noun) and noun.lower() in _ENROLLED_NOUNS
    return enrolled and bool(_STUDY_BEFORE.search(sentence, max(0, start - 60), start))


def _in_longer_phrase(sentence: str, end: int, noun: str, mentions: list[tuple[int, int, str]]) -> bool:
    """Whether the counted noun opens a longer lexicon phrase, which says more than the noun alone: "40,000 union
    members began strikes" counts strikers, not members."""
    at = sentence.find(noun, end, end + len(noun) + NOUN_PHRASE_REACH)
    return at >= 0 and any(m[0] == at and m[1] > at + len(noun) for m in mentions)


NOUN_PHRASE_REACH = 20  # characters between a figure and its counted noun ("40,000 union members")


def _paying(sentence: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """What a sum the verb "pay" governs is, when its words say so: a purchase's price paid for something ("will pay
    around €8.8bn ($9.6bn) for Keldrith" is a deal's value, "paid £84m for the striker" a price), a payment a court
    or regulator ordered ("was ordered to pay £60.5m": a fine); none otherwise (the paying stays a salary)."""
    if _ORDERED_TO_PAY.search(sentence, max(0, start - 40), start):
        return [(start, start, "fine")]
    if _CONSUMER_PAYS.search(sentence, max(0, start - 80), start):
        return [(start, start, "price")]  # "Children under 16 will still pay 100p": a fare or a bill, no wage
    if not _PAY_BEFORE.search(sentence, max(0, start - 50), start):
        return []
    if _FOR_TARGET_AFTER.match(sentence, end):
        return [(start, start, "deal_value")]
    return [(start, start, "price")] if _FOR_THING_AFTER.match(sentence, end) else []


def _per_share_metric(sentence: str, ranked: list[tuple[int, int, str]]) -> str:
    """What a figure per share measures: the nearest of a dividend and a profit ("earned $1.87 a share" too), else
    the price paid for each share ("will pay $48 a share in cash")."""
    for start, _end, metric in ranked:
        if metric == "dividend":
            return "dividend"  # "raised its dividend by 5 cents to 42 cents a share"
        if metric in ("eps", "profit") or (metric == "salary" and _EARN_VERB.match(sentence, start)):
            return "eps"  # "earnings were $1.20 per share", "the bank earned $1.87 a share"
    return "price"


def _cost(sentence: str, start: int, end: int, m: tuple[int, int, str]) -> float:
    """How far a mention is from the figure: characters, 80 per clause break, 5 more after it; the noun right
    after the figure ("a $1.5m fine") costs nothing."""
    if m[1] <= start:
        gap, distance = sentence[m[1] : start], start - m[1]
    else:
        gap, distance = sentence[end : m[0]], max(0, m[0] - end)
        if m[0] >= end and _HEAD_GAP.fullmatch(gap):
            return -1
    breaks = len(_CLAUSE_BREAK.findall(gap))
    if m[0] >= end and " " in gap and _SUBORDINATE.search(gap):
        breaks += 1  # "fell 3% after the mansion tax was announced": the tax is the reason's, not the figure's
    cost = distance + 80 * breaks + (0 if m[1] <= start else 5)
    if m[2] == "salary" and (_PAY_VERB.match(sentence, m[0]) or _EARN_VERB.match(sentence, m[0])):
        cost += PAY_VERB_COST  # what is paid is a salary only when nothing else names it
    return cost


# A conjunction opening a clause of its own after the figure (a time, a cause): its words speak of other things
_SUBORDINATE = re.compile(
    r"\s(?:after|before|because|since|when|following|despite|as)\s+(?:the|a|an|its|their|it|they)\b"
)
_TEMPERATURE_UNITS = frozenset({"degree_celsius", "degree_fahrenheit"})


def _no_mention(sentence: str, start: int, end: int, unit: str, change: str) -> str | None:
    """The metric of a figure no lexicon word fits: the growth of a moving rate, the share a percentage "of" a
    group is ("40% of the party's candidates"), an ``area``, a ``temperature`` or a ``speed`` for a figure in its
    units ("a high of 41.3C", "at 290 knots"), a flight's ``altitude``, a party's poll standing, else none."""
    if dimension_of(unit) == "area":
        return "area"
    if unit in _TEMPERATURE_UNITS:
        return "temperature"
    if dimension_of(unit) == "speed":
        return "speed"  # "hit the ridge at 290 knots" (winds have their own words: "gusts of 148km/h")
    if dimension_of(unit) == "length" and _FLIGHT_LEVEL_BEFORE.search(sentence, max(0, start - 80), start):
        return "altitude"  # "the jet was flying at 11,000 feet"
    if unit == "percent" and _poll_standing(sentence, start, end):
        return "vote_share"  # "the Greens are on 11%": a party's share in a poll
    if unit in _RATE_UNITS and change in ("up", "down"):
        return "growth"
    if unit == "percent" and _PERCENT_OF.match(sentence, end):
        return "share"
    return None


# Who was on board or at work, and what can befall them: a verb right after "two passengers" names the fact
_WHO_ON_BOARD = frozenset({"passengers", "crew", "jobs"})
_FATES = frozenset({"deaths", "injuries", "survivors", "rescued", "missing", "evacuations"})
FATE_REACH = 30  # characters from the figure to the verb of its fate ("two passengers later survived")
# A flight's level: a preposition of height in a sentence about flying ("was cruising at", "descended to")
_FLIGHT_LEVEL_BEFORE = re.compile(
    r"\b(?:fl(?:y|ying|ew|own)|flight|cruis(?:e|ed|ing)|climb(?:ed|ing)?|descen(?:d|ded|ding|t)|plane|jet|aircraft|"
    r"airliner|helicopter|drone)\b[^.;]*\s(?:at|to|from|of)\s+(?:(?:about|around|roughly|nearly|some|just|only|"
    r"more\s+than|less\s+than)\s+)?$",
    re.I,
)
# A party standing on a share in a poll: "the Greens are on 11%", "puts the Social Democrats on 34%", "support for
# the Conservatives at 29 percent", "the party stood at 33%" (a named party or a party word before "on", or before "at"
# after a verb of standing; "at" alone only after "support for")
_POLL_STANDING_BEFORE = re.compile(
    r"(?:(?!(?:it|this|that|there|these|those|he|she|they|we|you|which|what|who)\b)(?-i:[A-Z])[\w'’-]+"
    r"|\b(?:part(?:y|ies)|coalition|candidate|bloc))"
    r"(?:(?:\s+(?:is|are|was|were|now|still|stands?|stood|remains?|remained|sits?|sat|back|down|up)){0,2}\s+on"
    r"|\s+(?:stands?|stood|(?:held|holds?|remains?|remained)\s+steady)\s+at)\s+"
    r"(?:(?:about|around|just|only|nearly|roughly)\s+)?$"
    r"|\bsupport\s+for\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:at|on)\s+"
    r"(?:(?:about|around|just|only|nearly|roughly)\s+)?$",
    re.I,
)


def _poll_standing(sentence: str, start: int, end: int) -> bool:
    """Whether a percentage is a party's standing in a poll: "X on N%" (not "on 5% of its sales")."""
    return not _PERCENT_OF.match(sentence, end) and bool(
        _POLL_STANDING_BEFORE.search(sentence, max(0, start - 60), start)
    )


def _fate_of(ranked: list[tuple[int, int, str]], costs: dict, end: int) -> str | None:
    """What befell a count of people on board, told by a verb close after it ("two passengers survived")."""
    return next((m[2] for m in ranked if m[2] in _FATES and m[0] >= end and costs[m] <= FATE_REACH), None)


# Words the number scanner may take for the counted noun that are no nouns: modals and auxiliaries ("10,000
# would"), determiners and pronouns, and adjectives before the real noun ("15 new planes", "74 different
# devices", "16 other people", "80,000 long term care places").
_NOT_NOUN_WORDS = """
would could should will shall may might must can cannot are were was is has have had been being do does did
and or but nor than then that this these those which who whom whose what when where while whereas for from
with into onto per of on in at by to as its his her their our your my all any each every both either neither
some many more most much few fewer less least several such own same other others another new old long short
big small large huge major minor top key main further additional extra separate similar different various
numerous previous recent current future early late latest last next first second third former only just even
also about around almost nearly over under up down out off high low full half whole total overall
net gross annual monthly weekly daily yearly cent percent times years months weeks days hours minutes
"""
_NOT_NOUNS = frozenset(_NOT_NOUN_WORDS.split())
_PLURAL_ENDINGS = ("men", "people", "children", "staff", "police", "personnel", "aircraft", "sheep", "cattle",
                   "fish", "data", "media", "criteria")  # fmt: skip
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")


def is_counted_noun(word: str) -> bool:
    """Whether ``word`` can be the noun a plain count counts: a plural noun ("homes", "fishermen", "people").

    A count above one is written with a plural noun, so a word that cannot be a plural ("new", "long",
    "different", "compromised", "would") is an adjective, participle or verb before or after the number, not
    what it counts. Without a part-of-speech tagger: a closed list of function words and common adjectives,
    participles in -ed, and the plural endings of English nouns (-s, but not -ss, -us, -is, -ous; irregular
    plurals such as -men, people, children).
    """
    w = word.lower()
    if len(w) < 3 or not w.isalpha() or w in _NOT_NOUNS:
        return False
    if w.endswith(_PLURAL_ENDINGS):
        return True
    if w.endswith("ed"):
        return False  # a participle ("514 compromised addresses")
    return w.endswith("s") and not w.endswith(_NOT_PLURAL_ENDINGS)


# "4,000 times in 2024" counts events; "ten times as many", "four times higher" multiply (the scanner reads those as
# a ratio, but a count may still be followed by a comparison)
_TIMES_AFTER = re.compile(
    r"\s+times\b(?!\s+(?:as|more|less|fewer|higher|lower|faster|slower|bigger|larger|greater|smaller|over|the|a|an)\b)"
    # "eight times face value", "ten times earnings": a multiple of an amount, no number of events
    r"(?!\s+(?:[a-z-]+\s+)?(?:value|price|salary|earnings|income|cost|amount|average|rate)\b)"
)


def occurrence_metric(sentence: str, end: int, unit: str) -> str | None:
    """``occurrences`` for a plain count of times something happened ("spilled sewage 4,000 times"), which no
    counted noun names: "times" is no noun the scanner keeps."""
    return "occurrences" if unit == "count" and _TIMES_AFTER.match(sentence, end) else None


_WORD_AFTER = re.compile(r"[a-z][a-z'-]+")
# Counted nouns that say who or what was counted but not the fact: "25,000 people dead" is deaths, "jobs for 19
# million people" jobs; the words around them name the metric.
_CONTEXT_NOUNS = frozenset({
    "people", "persons", "men", "women", "children", "adults", "individuals", "others", "residents", "citizens",
    "households", "families", "countries", "cities", "companies", "firms", "businesses",
})  # fmt: skip


def counted_noun(sentence: str, end: int, noun: str | None) -> str | None:
    """The noun a count counts: the scanner's word after the figure, or the plural one word further when that word
    only qualifies it ("38 battery fires", "1.2 million electric bikes"); else the scanner's word."""
    if noun is None or is_counted_noun(noun):
        return noun
    at = sentence.find(noun, end)
    if at < 0 or at - end > 2:
        return noun
    after = at + len(noun)
    m = _WORD_AFTER.match(sentence, after + 1) if sentence[after : after + 1] == " " else None
    return m.group(0) if m and is_counted_noun(m.group(0)) and noun.lower() not in _NOT_NOUNS else noun


def is_lexicon_metric(metric: object) -> bool:
    """Whether the metric is a lexicon predicate (or its growth), not a counted noun ("projects", "banks") nor
    missing: a noun says what was counted, not what was said of it ("30 projects targeted", "26 failed")."""
    if not isinstance(metric, str) or not metric:
        return False
    base = metric.removesuffix("_growth")
    return base in LEXICON or base == "growth" or metric in UNIT_METRICS


def counted_noun_metric(noun: str | None, unit: str) -> str | None:
    """For a plain count outside the lexicon, the counted noun itself ("300,000 homes" -> ``homes``).

    Two articles counting the same noun about the same subject can still be compared; a count without a noun
    has no metric, and neither has a count whose "noun" is no noun (``is_counted_noun``).
    """
    if not (unit == "count" or unit.startswith("count_per_")) or not noun or not is_counted_noun(noun):
        return None
    return noun.lower()
