package trigger

import (
	"slices"
	"strings"
	"unicode"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// profanity and insults: any of these marks a message as frustrated.
// The set is gated: frustrationCue asks first whether a message holds any.
var profanity = textmatch.NewSet("damn", "damned", "dammit", "damnit", "goddamn", "goddamned", "goddam", "fuck", "fucking",
	"fuckin", "fucked", "fucker", "fck", "fcking", "fk", "fking", "fkn", "fuk", "fukin", "fuking", "effing", "frigging", "friggin",
	"freaking", "freakin", "shit", "shitty", "bullshit", "bs", "crap", "crappy", "bloody", "hell", "wtf", "wth", "ffs", "stfu",
	"asshole", "assholes", "ass", "jackass", "idiot", "idiots", "idiotic", "moron", "morons", "stupid", "dumb", "dumber", "pathetic",
	"useless", "ridiculous", "ludicrous", "absurd", "incompetent", "unacceptable", "outrageous", "pissed", "piss", "sucks",
	"sucked", "suck", "garbage", "trash", "joke", "terrible", "horrible", "awful", "worst", "disgusting", "disgraceful",
	"annoying", "annoyed", "annoys", "irritating", "irritated", "frustrating", "frustrated", "frustration", "infuriating",
	"furious", "livid", "angry", "mad", "unhappy", "disappointed", "disappointing", "fed", "smh", "ugh", "argh", "jeez",
	"bastard", "bastards", "bitch", "screw", "screwed", "hate", "sick", "tired", "insulting", "insult", "scam", "scammers",
	"ripoff", "rude", "nonsense", "upset", "vultures", "leeches", "bloodsuckers", "inutil", "inutiles", "buitres", "sinverguenzas", "clueless", "clowns", "amateurs", "incompetence", "unprofessional", "waste", "wasting", "wasted", "complaint", "complain", "lousy", "ugh", "omfg", "damm", "dammn", "damnn").Gated()

// runTogether reports profanity run into w, a word the vocabulary does
// not know (ID 0) of more than six bytes, which the callers test first,
// inline: "thisgoddamn", "fuckinn".
func runTogether(w string) bool {
	return strings.Contains(w, "fuck") || strings.Contains(w, "goddamn") || strings.Contains(w, "shit")
}

// selfRef: what "is that dumb?" asks about, the lead's own words.
var selfRef = textmatch.NewSet("that", "this", "it")

// othersNouns are the people and messages a feeling word describes when
// it is someone else's: "the angry emails", "frustrated customers".
var othersNouns = textmatch.NewSet("emails", "email", "customers", "customer", "clients", "client", "calls", "tenants",
	"neighbors", "neighbours", "messages", "people", "reviews", "buyers", "letters", "voicemails", "users", "patients",
	"callers", "parents", "homeowners", "agents", "reps", "drivers", "employees", "staff")

// contextual cues: these need a frame to count.
// wowPraise make "wow, just wow" amazement: "the kitchen looks amazing"
var countedTries = textmatch.NewSet("veces", "visitas", "llamadas", "vez", "visita", "llamada")

var wowPraise = textmatch.NewSet("amazing", "beautiful", "gorgeous", "love", "loved", "perfect", "incredible", "thank", "thanks", "stunning", "impressed", "hermosa", "hermoso", "increible", "gracias",
	"awesome", "best", "great", "fantastic", "excellent", "wonderful", "appreciate", "impressive", "lovely", "perfecto", "perfecta", "maximo", "excelente",
	"encanta", "encanto", "gusta", "gusto", "programadas", "agendadas", "scheduled")

var frustRules = textmatch.MustCompile(map[string]textmatch.Set{
	"you":   textmatch.NewSet("you", "u", "ya", "yall", "anyone", "anybody", "nobody", "someone"),
	"again": textmatch.NewSet("again", "already", "twice", "before", "last", "ya"),
	"ord": textmatch.NewSet("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "tenth", "2nd", "3rd", "4th", "5th",
		"6th", "7th", "8th", "10th", "nth", "umpteenth", "millionth", "cuarto", "quinto", "sexto", "decimo", "tercer"),
	"contactn": textmatch.NewSet("text", "texts", "message", "messages", "msg", "email", "call", "voicemail", "mensaje", "texto", "llamada", "correo"),
}, []textmatch.Rule{
	// a count of the sender's messages: "like the fourth text from you
	// guys this week", "this is the 5th message today", "es el quinto
	// mensaje que me mandan"
	{Name: "how many times", Pattern: "@ord @contactn ~3 from you|yall|your / this|that|it is ~2 @ord @contactn / es el|la @ord @contactn / ya van|llevan ~2 mensajes|textos|llamadas"},
	{Name: "did you even read", Pattern: "did @you ~1 even|not|actually read|listen|look"},
	// dev294 (stop 52), Caribbean English: "Steups.", "mi so vex right
	// now", "unno tek mi fi fool?"
	{Name: "exasperation", Pattern: "steups|steupse|stchups|chups | / so|too|well|real|bex vex|vexed / im|mi|me vex|vexed|bex / i am vex|vexed / you|yall|una ~2 tek|take|taking|tekkin|tekking|took me|mi|us fi|for a? fool|fools|idiot|idiots|clown|clowns|joke"},
	// dev230: "¿No tienen corazón?", "Have some respeto", "Y'all don't
	// care, eh?", "Así no se trabaja, señores", "who is running this?",
	// "worse than the Secretary of State office", "a better offense than
	// your customer service", "¿Leen o nomás contestan por contestar?",
	// "van tres visitas", "¿tú te crees que yo
	// tengo todo el día?", "me van a volver loca", "I can't keep doing
	// this", "Qué conveniente."
	{Name: "exasperation", Pattern: "no tienen|tienes|tiene corazon|verguenza|respeto / have some respect|respeto|decency / @you all? dont care | / @you all? do not care | / asi no se trabaja / who is running this ~1 | / who is running this ~1 | / @you all|guys? are worse than ~4 dmv|office|government|secretary / ustedes are|son worse|peores than|que ~4 dmv|office|oficina|government|gobierno|secretary / son peor|peores que ~4 dmv|oficina|gobierno"},
	// dev328 (stop 54), Mexican Spanish: "me lleva la fregada, el técnico
	// dejó la llave goteando peor que antes"; a repair left worse than
	// before, in both languages
	// dev327 (stop 54): "we covered this", "is anyone QA'ing this thing or
	// am I just yelling into a cron job"
	{Name: "exasperation", Pattern: "we|i already? covered|answered|went over this|that | / yelling|screaming|shouting|talking into|at a|the void|bot|wall|cron|machine / is anyone|anybody qaing|reading|checking this|these"},
	// dev331 (stop 54), Central American Spanish: "puchica, qué
	// bayuncos", "no me vengás con cuentos", "no jueguen conmigo"
	{Name: "es exasperation", Pattern: "que bayuncos|bayunco|babosos|baboso|pencos|brutos|inutiles / que mensos|menso|mensas|tarados son|es|eres|estan / no me|nos vengas|vengan|venga ~1 con cuentos|mentiras|babosadas / no jueguen|juegues|juegue conmigo / no jueguen|juegues|juegue con nosotros"},
	{Name: "exasperation", Pattern: "me|nos lleva la fregada|chingada|trampa|tostada / dejo|dejaron|quedo|quedaron ~4 peor que antes / you|your|yall|he|they|guy|tech|crew ~3 left|made ~4 worse than before / worse than before you|yall ~2 came|fixed|touched"},
	{Name: "exasperation", Pattern: "than your|yall customer service|support / leen o ~2 contestan|responden / contestan por contestar / van tres|cuatro|cinco|3|4|5 visitas|llamadas / crees|cree|creen que ~2 tengo todo el dia / me van a volver loco|loca / i cant keep doing this | / que conveniente |"},
	// dev227, in grief and anger: "is there anyone on your end who
	// actually reads these, or am I talking to a toaster?", "¿con quién
	// estoy hablando, con una máquina?", "who trained this thing?"
	{Name: "did you even read", Pattern: "anyone|anybody|someone ~4 who actually|even reads|read these|this|my|anything|what / anyone|anybody|someone ~4 who actually|even listens / am i|im talking to a toaster|wall / estoy hablando |? con una|la pared / who trained|programmed this thing"},
	// a count of tries: "same question, fourth time", "es la tercera
	// visita", "third time asking"
	{Name: "asked again", Pattern: "same question |? @ord time / @ord time asking / @ord time i ask|asked / es la tercera|cuarta|quinta|sexta vez que ~2 pido|digo|pregunto|explico|repito / es la tercera|cuarta|quinta|sexta visita|llamada"},
	// answers given again and questions asked back (blind70, stop 71):
	// "third time I'm answering the same question", "every time I answer
	// you ask the same thing back", "am I stuck in a loop?", "I asked
	// about the deductible. You answered about bundling."
	{Name: "asked again", Pattern: "@ord time im|ive answering|answered|explaining|explained|repeating / @ord time i am|have answering|answered|explaining|explained|repeating / you ~1 ask|asked|asking|repeat|repeated the same thing|question back|again|over / you keep asking the same thing|question / im|were stuck in a loop / i|we am|are stuck in a loop / is this a loop"},
	// (not "..., which was actually useful too": see frustration)
	{Name: "answered else", Pattern: "i asked about ~4 | you answered|replied|responded about"},
	// confusion said with an oath (blind70, stop 71): "I'm confused como
	// el diablo", "confused as hell"; a company called a mess: "qué
	// desorden de compañía"; an old oath (blind71): "what in the Sam Hill
	// is a lead score"
	// a template reply mocked, and "what the heck?" closing a complaint
	// (blind72, stop 71): "Wow, a form letter. Super personal.", "el bill
	// dice 1,400. What the heck?"
	{Name: "exasperation", Pattern: "wow |? ~2 form letter / form|canned letter|response|answer |? ~2 super|so|very personal / template|script |? ~2 super|so|very personal"},
	{Name: "what the heck", Pattern: "what the heck |"},
	{Name: "exasperation", Pattern: "confused as|like hell|heck|fuck|shit / confused af / confused|confundido|confundida como el diablo|nunca / que desorden|relajo|cochinero de compania|empresa / in the sam hill / in tarnation"},
	// older sets' conversations (stop 67): "this is maddening", "does
	// anybody over there give a flip?", "Are you a parrot?", "the sorriest
	// outfit I have dealt with", "¿me ven cara de qué?", "me están viendo
	// la cara", "¿están locos o qué?", "cada semana la misma cosa con
	// ustedes", "does anybody read these before they send em?"
	{Name: "exasperation", Pattern: "this is|s|its maddening / anybody|anyone|anyone|nobody ~3 give|gives a flip|damn|darn|hoot|crap / are you a parrot / sorriest outfit|company|bunch|excuse / me|nos ven|vieron cara de / me|nos estan|quieren viendo|ver la cara / estan locos o que / la misma cosa|historia|vaina con ustedes"},
	{Name: "did you even read", Pattern: "anybody|anyone|somebody|someone ~1 read|reads these|this|them before"},
	// "Third time I've typed my address. Does anybody over there read
	// these?" (stop 75's fresh set)
	{Name: "did you even read", Pattern: "does|do anybody|anyone|somebody|someone ~2 read|reads these|them|my |"},
	// "Wow. Just wow." (see frustRule's check of praise after it)
	{Name: "sarcasm", Pattern: "wow | just wow"},
	// a promise broken and a bill: "then he didn't come", "you still
	// charged my card. Twice.", "el técnico vino sin las piezas"
	{Name: "exasperation", Pattern: "you|yall still charged|billed my|me / still charged my card / vino|vinieron|llego|llegaron sin las|los piezas|partes|herramientas|material|refacciones"},
	// "De verdad que no puedo más con ustedes", "with a heart?"
	{Name: "exasperation", Pattern: "no puedo mas con ustedes|usted / no puedo mas con esta|su compania|empresa / single human being ~3 with a heart | / single person ~3 with a heart | / anyone|anybody ~3 with a heart | / anyone|anybody with a heart over|there|would"},
	{Name: "did you even read", Pattern: "do @you ~1 even read|listen"},
	// "are you guys even reading my messages?", "is anyone even reading
	// these?"
	{Name: "did you even read", Pattern: "are @you ~2 even reading|listening / is anyone|anybody|someone ~1 even reading|listening"},
	// "I'm done being patient", "my patience is wearing thin"
	// (not "I'm not done being patient", "the seller's patience is running
	// out")
	{Name: "exasperation", Pattern: "done being patient|polite / patience is|has ~1 wearing|worn|running|gone|run thin|out / losing my patience / lost my patience / se me acaba|acabo la paciencia"},
	{Name: "did nobody", Pattern: "did|does nobody / did|does no one / does anyone even|actually|ever ~1 read|reading|check|answer|care"},
	// "does anybody over there talk to each other?", "I do not appreciate
	// this one bit"
	{Name: "did nobody", Pattern: "does|do ~4 talk to each other / do not appreciate / dont appreciate / no me gusta nada"},
	// "that's a bait and switch", "I'm pulling my hair out here"
	{Name: "accusation", Pattern: "bait and switch"},
	// "that is a lie, you told me 180", "you lied to me", "nothing but
	// excuses", "that's robbery"
	// "allyuh is thieves, straight robbery", "ustedes son unos ladrones"
	{Name: "accusation", Pattern: "thats|its straight robbery / it|this|that is straight robbery / you all is|are thieves|crooks|robbers|scammers / you are thieves|crooks|robbers|scammers / you guys are thieves|crooks|robbers|scammers / ustedes son unos? ladrones|rateros|estafadores / son ustedes unos? ladrones|rateros|estafadores"},
	{Name: "accusation", Pattern: "that is a lie / that|it is a lie / you|yall ~1 lied|lying / nothing but excuses / excuses and more excuses / same|your excuses / excuse after excuse / thats|its highway|daylight? robbery / that|this|it is highway|daylight? robbery"},
	// "when is this going to end", "what else do you want from me", "I
	// regret giving you my number"
	{Name: "exasperation", Pattern: "when will this|it ever? end / when is this going to end / is this ever going to end / what do|does @you want from me|us / what else|more do @you want from me|us / regret|regretted ~2 giving|calling|contacting|choosing|hiring|signing|picking|going you|yall|your|with"},
	// "congrats, you just lost a customer", "you've lost my business"
	{Name: "lost a customer", Pattern: "you|youve|yall|youll|ya ~2 lost|losing|lose a|my|our customer|client|business / you|youve|yall|youll ~2 lost|losing|lose me as a customer|client"},
	// "you quoted 189 and now it says 164?? make it make sense"
	{Name: "exasperation", Pattern: "make it make sense"},
	{Name: "exasperation", Pattern: "pulling|pull|tearing|tear my hair out"},
	// "is anyone actually working there?", "which one of them am I
	// supposed to believe"
	{Name: "exasperation", Pattern: "is|are anyone|anybody actually|even working|there|awake / supposed to believe"},
	{Name: "how many times", Pattern: "how many times"},
	// "I have explained this to three different people now", "amateur
	// hour. Get it together", "Nice. Real nice.", "otro mensaje
	// automático. Justo lo que necesitaba hoy"
	{Name: "how many times", Pattern: "explained|told|said|repeated this|it ~1 to ~1 two|three|four|five|several|multiple|3|4|5 different? people|reps|agents|persons|personas"},
	{Name: "exasperation", Pattern: "amateur hour / get your|yall act together / ponganse las pilas / get it together"},
	// "what kind of operation is this?", "knock it off", "¿así trabajan
	// ustedes?" ("what kind of company is this?" asks who is writing;
	// "knock it off the price" and "así trabajan ustedes, con contrato"
	// ask about terms: see frustrationAtSender)
	{Name: "exasperation", Pattern: "what kind|sort of operation|outfit is this / what kind|sort of operation|outfit|company|business are you|yall running / knock it off / asi trabajan|atienden"},
	{Name: "sarcasm", Pattern: "nice | real nice / just what i needed / justo lo que necesitaba|necesito / justo lo que me faltaba"},
	// "ok I'm gonna type this slow. the AC. is. fine."
	{Name: "exasperation", Pattern: "type|say|explain|spell this|it ~1 slow|slowly"},
	// "You people texted me at 6am on a Sunday. Who does that??"
	{Name: "who does that", Pattern: "who does|would that|this / quien hace eso|esto"},
	// an oath of exasperation: "jesus christ. three emails and now texts??"
	{Name: "oath", Pattern: "jesus christ / christ almighty / for christs|christ|gods|petes sake / good grief|lord|god ~1 already / for crying out loud"},
	{Name: "i told you", Pattern: "i|ive ~1 told|said|gave @you|it|that|this ~3 @again"},
	{Name: "i told you", Pattern: "i already told|said|gave|answered|sent"},
	{Name: "i told you", Pattern: "already told|said|answered|asked|sent|gave ~2 you|this|that|it"},
	// "I literally answered that first", "answered this above"
	{Name: "i told you", Pattern: "literally ~1 answered|told|said|gave / answered|told|said that|this|it ~1 first|above|earlier|before"},
	{Name: "i told you", Pattern: "was|is|its|were all|already on|in the form|application|website|listing"},
	// "contesta lo que te pregunto y ya", "qué hueva de bot" ("ya te dije"
	// alone is calm: the writers hand off on the escalation after it)
	{Name: "es exasperation", Pattern: "contesta|contesten|conteste|responde|responda|respondan lo que te|le|les pregunto / que hueva|flojera de bot|robot|maquina"},
	// "¿por qué me contestas cosas que no te pregunté?"
	{Name: "es exasperation", Pattern: "me contestas|contestan|responden|respondes ~2 que no te|les pregunte"},
	{Name: "so many questions", Pattern: "so|too many questions|texts|messages"},
	{Name: "fed up", Pattern: "fed up"},
	// "done with y'all", "done with this nonsense"; not "done with the
	// forms", which is finished. "so done" is judged by soDoneAtSender.
	{Name: "fed up", Pattern: "done with you|yall|ustedes / done with your|this company|crap|nonsense|bs|garbage|runaround"},
	{Name: "so done", Pattern: "so|soo done"},
	// stood up: "the tech stood us up", "a no call no show"
	{Name: "stood up", Pattern: "stood|stand me|us up / no call no show"},
	{Name: "how many times", Pattern: "second|third|fourth|fifth|2nd|3rd|4th|5th|nth|umpteenth time / asked ~3 times"},
	{Name: "not listening", Pattern: "nobody|noone ~2 answering|responding|listening|helping|replying|answers|responds|helps|cares / no one ~2 answering|responding|listening|helping|replying|answers|responds|helps|cares"},
	{Name: "this is a joke", Pattern: "absolute|complete|total|such a? joke / clowns|amateurs|disgrace|shitshow"},
	{Name: "taking forever", Pattern: "taking|took forever / taking so long / still waiting"},
	// "omg enough already", "enough is enough"
	{Name: "enough already", Pattern: "enough already / enough is enough / that is enough / ok|alright enough / enough with the|your|these|all ~1 texts|messages|calls|questions|emails|reminders"},
	// "I do not have the energy for this runaround", "every single month I
	// have to chase you", "per my last three messages", "please actually
	// read them", "I give up", "esto ya es too much"
	{Name: "giving up", Pattern: "runaround|runarounds / run around|runaround ~1 again|every|each / chase|chasing you|yall|your ~1 people|team|office|company? / per my last|previous ~2 messages|texts|emails|message|text|email / please actually read|listen / actually read my|the|them / i give up / esto|this ya? es|is too much / ya es demasiado"},
	// "you've got to be kidding me"
	{Name: "are you kidding", Pattern: "got|gotta to? be kidding|joking"},
	{Name: "how many times", Pattern: "times already / asked ~3 times / @you even listening|reading|listen|read"},
	// dev52: "do you actually read my replies", "for the last time, the
	// leak is upstairs", "AGAIN with the wrong name", "can i get a
	// straight answer for once", "sure buddy", "thanks so much for the
	// 7am text on a Sunday", "me siento bien confundida y la verdad
	// molesta"
	{Name: "how many times", Pattern: "@you actually listening|reading|listen|read / for the last time / por ultima vez"},
	{Name: "exasperation", Pattern: "again with the / straight answer / for once / sure buddy / ok buddy / yeah right"},
	// "can we stop going in circles", "estamos dando vueltas en círculos"
	{Name: "exasperation", Pattern: "going|go|talking in circles / en circulos"},
	// "this is about the least helpful thing I've dealt with all year",
	// "is anybody actually looking at the file, or is this going to loop
	// forever?"
	{Name: "exasperation", Pattern: "least helpful|useful thing|experience|service / loop|looping forever"},
	// the business shamed or called slow, said plainly or understated:
	// "you people ought to be ashamed of yourselves", "whoever set up this
	// texting thing should be embarrassed", "are y'all being dense on
	// purpose", "are you having a laugh?", "not best pleased", "slightly
	// cheesed off", "not real impressed so far", "I'm at the end of my
	// rope", "a heck of a way to run a business", "guess I'm talking to a
	// fence post", "is there anyone competent", "about as useful as a
	// screen door", "we've been over this", "do you read these"
	{Name: "exasperation", Pattern: "ought to|should be ashamed|embarrassed / being dense / having a laugh / not best pleased / cheesed off / not real|very|too? impressed so far / end of my rope|tether / way to run a business / talking to a fence|brick? post|wall / anyone|anybody competent / about as useful as / been over this / do you even|actually? read these|my messages"},
	{Name: "sarcasm", Pattern: "thanks|thank|gracias ~6 4am|5am|6am|7am|10pm|11pm|midnight|medianoche"},
	// stop 63: told to read the lead's message again, the cost counted
	// to the sender, help nobody bothered to give, the lead's wits
	// defended: "please re-read my last message", "do you know how much
	// money I lost today??", "nobody's bothered to come back", "I may be
	// 82 but I'm not an idiot" (not "let me re read the message", "I
	// don't know how much we lost", "nobody bothered to ask if we had
	// pets"; "trying to stay calm but" and "oh great, another" were
	// tried and read excitement and delight as often)
	{Name: "exasperation", Pattern: "re read my last? message|messages|text|answer / reread my last? message|messages|text|answer / you know how much money|time i|we lost|wasted / nobody|nobodys|noone has? bothered|bothering to call|come|show|respond|reply|answer|return|fix|follow|get|text / no one has? bothered|bothering to call|come|show|respond|reply|answer|return|fix|follow|get|text / im not an|a idiot|moron"},
	// dev77: "the third different price I've been given", "why do you
	// keep texting me", "read the thread", "that's not what I asked",
	// "stop dodging the question", "took the day off for nothing"
	{Name: "exasperation", Pattern: "@ord different price|prices|answer|answers|number|numbers|quote|quotes|story|rep|person|name"},
	// confusion and failure that repeat (dev360, stop 56): "three
	// different answers from three people", "how many more times can I
	// click verify", "same error code as yesterday", "nope, still
	// broken", "I have no idea what any of this means"
	// (answers, not quotes: "I got 3 different quotes and yours was the
	// best" compares offers; "how many more times will the inspector
	// come out?" plans)
	{Name: "exasperation", Pattern: "two|three|four|five|2|3|4|5 different|conflicting answers|explanations / conflicting answers ~2 from|at your|you|yall / how many more times ~2 i|we have|must|gotta ~8 same|again|this|these / how many more times ~2 i|we can ~8 forever|again|same|anymore / how many more times can|must i|we ~8 forever|again|same|anymore / how many more times ~6 same|again / how many more times ~2 you|yall ~3 cancel|reschedule|ignore|forget|lose|miss|flake"},
	{Name: "exasperation", Pattern: "same error|glitch ~3 as|like yesterday|before / same error|glitch ~3 as|like last time|week|night / same error|glitch ~3 as|like this morning "},
	// (not laughed off: see frustrationCue)
	// (not "still not working since the layoff", "still down to do it")
	{Name: "still broken", Pattern: "nope|nah|no |? still broken|failing|crashing|erroring / nope|nah|no |? still not|dont|isnt|wont working|work|load|loading on my end / nope|nah|no |? still not|dont|isnt|wont working|work|load|loading for me"},
	// (checked in frustrationCue: not laughed off or followed by a yes,
	// "lol no idea what any of that means but sounds good")
	{Name: "confused", Pattern: "no idea what any|all of? this|that|it means / none of this makes|made sense / dont understand any of? this|it | / do not understand any of? this|it |"},
	// the sender's texts confusing the lead (stop 73): "You've lost me.
	// Start over?", "this is confusing me more every text"
	{Name: "confused", Pattern: "you|youve lost me / is|are|youre confusing me|us / confusing me|us more"},
	{Name: "annoyed command", Pattern: "why do|does @you keep texting|calling|messaging|asking|sending|bugging|emailing / read the thread|conversation|chat|history / read my ~1 messages|texts|replies"},
	{Name: "not listening", Pattern: "thats|that is not what i asked|said|wrote / dodging|dodge|avoiding|evading ~1 the|my question|questions"},
	{Name: "sarcasm", Pattern: "for nothing"},
	// (blind75, stop 73) "Who do you think you're fooling", "Bless your
	// heart, you really thought 190k was a fair offer", "Are these
	// questions on a loop or something? We literally just did this."
	{Name: "sarcasm", Pattern: "who do you think you are fooling|kidding / who are you kidding|fooling / you really thought ~8 was|is a fair|good|decent|reasonable / on a loop or something / we|i literally just did|answered|went over this|that"},
	// dev270: "Ustedes sí que son chistosos ... Qué bárbaros", "Dios me dé
	// paciencia porque ustedes no tienen"
	{Name: "sarcasm", Pattern: "que barbaros | / si que son chistosos|graciosos|payasos / dios me de paciencia ~3 ustedes"},
	// dev265: "Not okay. Not even close.", "I do not need a survey about
	// how I heard about you right now", "what year do you think it is,
	// 1995?", "really selling me on the analytics", "¿No tienen dónde
	// apuntar las cosas o qué?", "... y ahora se lo digo a usted"
	{Name: "exasperation", Pattern: "not ok | not even close / dont need a|your survey|questionnaire ~6 right now / do not need a|your survey|questionnaire ~6 right now / what year do|does you|yall think it is / no tienen|tiene donde apuntar|anotar ~2 o que / ahora se lo digo a usted|ti"},
	// dev260: "I'm about one more dropped ball from walking", "one more
	// excuse away from canceling"; "I'll just keep sitting in a 90
	// degree house while y'all figure out your calendar"
	{Name: "exasperation", Pattern: "one more ~3 from walking|leaving|quitting|canceling|cancelling | / one more ~3 away from walking|leaving|quitting|canceling|cancelling | / ill|i just? keep sitting|sweating|freezing ~6 while you|yall|your"},

	{Name: "this is a joke", Pattern: "this is a joke|farce|circus"},
	// blind59 (stop 66): "I got to fight y'all over his policy? Shame on
	// every one of you."
	{Name: "shame on you", Pattern: "shame on you|yall|your|ya / shame on you all / shame on every|all ~1 of you / shame on the lot|whole|bunch ~2 of you"},
	{Name: "sick of", Pattern: "sick|tired of waiting|asking|repeating"},
	{Name: "sick of", Pattern: "sick|tired of you|this|these|your|all / sick|tired of being ignored|asked|bugged|spammed|contacted|texted|called|harassed|lied|hounded|pestered"},
	{Name: "waste of time", Pattern: "waste|wasting ~2 time / waste of my ~1 afternoon|morning|day|evening|life|weekend"},
	// annoyance as a command: "pay attention", "stop asking", "stop with
	// the canned replies", "answer the question", "read what i wrote"
	{Name: "annoyed command", Pattern: "pay attention / stop|quit asking|repeating|copying|reading / stop|quit with the / answer the|my question / read what i|my ~1 wrote|write|said|message / stop reading the script"},
	// incompetence: "is there an actual brain behind this", "does anyone
	// over there know what they're doing", "whats the point of this chat",
	// "whoever set up this chat should be fired", "a broken record"
	{Name: "incompetence", Pattern: "actual|real brain / dont|anyone|nobody|noone ~3 know what they|you are doing / what is the point of ~2 this|you|chat|bot / should be fired / broken record / clueless|incompetent|useless"},
	// giving up on the hassle: "forget it", "I'm over it", "such a
	// headache", "way too much back and forth"
	{Name: "giving up", Pattern: "forget it / im over it / i am over it / such|what a headache|hassle|nightmare / way too much hassle / back and forth ~3 simple|for|just"},
	// exasperated interjections and sarcasm: "good grief", "jfc", "bro
	// what", "unreal.", "oh so now you text back", "heard that one
	// before", "really great way to do business", "thanks a lot for the"
	// sarcasm and exasperation in other words: "must be nice to work where
	// nobody returns calls", "not like I have anything else to do", "gee
	// thanks", "sure you do", "incredible work guys", "very cool, very
	// legal", "like I have all the time in the world", "thanks a lot"
	{Name: "sarcasm", Pattern: "must be nice / not like i|we have|had anything / gee thanks / sure you do|did|are / incredible|fantastic|stellar|amazing|great work|job guys|team / very cool very legal / real|very professional look / all the time in the world / love how ~3 you|the|your / que casualidad / como siempre / gracias por nada"},
	// "told you THREE times", "like I said yesterday. And the day
	// before", "as I've now explained to three separate people"
	{Name: "i told you", Pattern: "told|asked|said @you ~2 three|four|five|3|4|5 times / as ive now explained|said|told / as i have now explained|said|told / now explained to"},
	// upset or lost: "i'm losing my mind", "i'm so confused right now",
	// "are you out of your mind", "I swear to god if", "you people have
	// the nerve", "why is this so complicated", "stop pretending"
	// "go to hell", "a human would have figured out by now", "me cago en
	// todo", "déjenme respirar", "ya no sé qué firmar", "qué desastre"
	{Name: "exasperation", Pattern: "go to hell / a human|person would have|wouldve ~2 figured|known|understood|gotten / me cago en / dejenme|dejame|dejeme respirar / ya no se ni? que ~1 firmar|creer|pensar / cada persona|uno me dice ~2 una cosa / que desastre"},
	// passive-aggressive and lost, in a B2B buyer's register: "I'm
	// honestly lost", "not sure how else to say it", "great use of my
	// Friday", "at this point I could have built it myself", "are you
	// reading what I send" ("I did attach the W-9. Twice." is also how
	// a calm answer reads: "did that. twice")
	{Name: "exasperation", Pattern: "im honestly|so|totally|completely|really? lost / i am honestly|so|totally|completely|really? lost / not sure how else to ~1 say|put|explain / how else can|do|should i ~1 say|put|explain / at this point ~2 could have ~3 myself|ourselves / at this point ~2 couldve ~3 myself|ourselves / by now ~2 could have ~3 myself|ourselves / by now ~2 couldve ~3 myself|ourselves"},
	{Name: "sarcasm", Pattern: "great|wonderful|fantastic|awesome|excellent|fun use of my|our time|day|morning|afternoon|evening|weekend|lunch|friday|monday|tuesday|wednesday|thursday|saturday|sunday"},
	{Name: "not reading", Pattern: "@you reading what i|my / replying|responding to keywords"},
	{Name: "taking forever", Pattern: "waited|waiting ~2 days|weeks|hours ~2 for|on yours|you|your|yall"},
	// "on hold with your company's phone line for 45 minutes today.
	// Shameful."
	// ("the state of the house is shameful", "I'll be on hold with the
	// IRS for hours" and "put the sale on hold" are not)
	{Name: "exasperation", Pattern: "shameful|disgraceful"}, // at the sender: see frustrationAtSender
	{Name: "taking forever", Pattern: "on hold with your|you ~7 minutes|hours|forever / been on hold ~5 minutes|hours|forever / on hold ~2 minutes|mins|hours ~1 again|today / on hold for ~2 minutes|mins|hours ~1 again|today / on hold ~4 minutes|mins|hours ~2 with your|you"},
	// "just circling back otra vez", "sigh. I'll explain the HIPAA thing
	// again", "apparently that's the process now", "como llevo quedando
	// atenta desde el 3 de marzo"
	{Name: "asked again", Pattern: "circling back ~1 otra|again / circling back for the third|fourth|3rd|4th / sigh ~8 again / sigh ~8 otra vez"},
	{Name: "sarcasm", Pattern: "apparently thats|that|this ~2 the|your process|system|policy|procedure now"},
	{Name: "taking forever", Pattern: "llevo|llevamos quedando atenta|atento|atentos ~2 desde|hace / llevo|llevamos esperando su|tu|la respuesta|cotizacion|llamada"},
	{Name: "exasperation", Pattern: "losing my mind / going crazy / so|really|totally|completely confused / out of your mind|minds / i swear to god if / have the nerve / the nerve of / the nerve | / got|have|has some nerve | / some nerve | / why is this so complicated|hard|difficult / stop pretending / same excuse|story as|like last / cmon man|guys / so|really|how stressed"},
	// "you keep asking me the same stuff", "your so called specialist
	// hung up on me" (not "so called because...")
	{Name: "exasperation", Pattern: "@you keep|kept asking|sending|saying|telling ~2 the same / your so called|socalled"},
	// "you had the nerve to call it a discount", "you people take the
	// cake", "quit dancing around it"
	// ("your competitor had the nerve", "I won't beat around the bush":
	// someone else's nerve, the lead's own directness)
	{Name: "exasperation", Pattern: "@you ~2 had|has the nerve / your company|team|people|rep|guy|office|agent ~1 had|has the nerve / @you ~2 take|takes the cake / this|that|yours takes the cake / quit|stop dancing ~1 around / quit|stop tap dancing / quit|stop dodging / dodging|dancing around ~1 my|the question|questions / quit|stop beating|beat around the bush / @you ~2 beating around the bush / all this beating around the bush / enough beating around the bush / dont beat around the bush with me|us / do not beat around the bush with me|us"},
	{Name: "exasperation", Pattern: "good grief / jfc|smh|ffs|wtf|omfg / bro what / so now you ~1 text|reply|answer|respond|call / heard that one before / heard that before / great|fantastic|wonderful way to do business / thanks a lot for nothing|that|the / cant believe i have to / you are kidding / literally just told|said|sent / keep|keeps lowballing|ignoring|spamming"},
	// a whole clause of disbelief: "Unreal.", "Unbelievable." ("this
	// payment is unreal" is about a number)
	{Name: "disbelief", Pattern: "unreal|unbelievable|ridiculous|insane|absurd"},
	{Name: "bad experience", Pattern: "bad|terrible|horrible|awful|worst ~2 experience|service"},
	{Name: "file a complaint", Pattern: "file|lodge|make|filing ~3 complaint"},
	{Name: "what is wrong", Pattern: "what is wrong with you|your"},
	{Name: "are you kidding", Pattern: "are you kidding|serious|joking"},
	// dev313 (stop 53): "are u fr rn. i said WEEKENDS ONLY", "this is so
	// messed up, mi papá was counting on that number"
	{Name: "are you kidding", Pattern: "are you kidding|serious|joking / are you fr|forreal|deadass right now / are you fr|forreal|deadass right now"},
	// dev309 (stop 53): "What kind of rubbish offer is this? ... You
	// must think we are fools."
	{Name: "insulting offer", Pattern: "what kind of rubbish|garbage|joke|nonsense|trash offer|deal|price|quote / think we are fools|stupid|idiots|dumb / think were fools|stupid|idiots|dumb"},
	// dev310 (stop 53): "ni mi suegra pregunta tanto lo mismo ... slow
	// enough for you?"
	{Name: "asked again", Pattern: "pregunta|preguntan|preguntas|pregunto tanto lo mismo / slow enough for you|ya"},
	// dev314 (stop 53): "What exactly are we paying you $2,400 a month
	// for?", "Qué falta de seriedad", "Qué pasa con ustedes, seriously?"
	{Name: "what am i paying for", Pattern: "what exactly? am|are i|we paying you|yall ~4 for |"},
	{Name: "no seriousness", Pattern: "que falta de seriedad|respeto|profesionalismo|formalidad / que pasa con ustedes|uds |"},
	// dev316 (stop 53): "ke servisio tan malo, nadie vino"
	{Name: "no seriousness", Pattern: "que servicio tan|mas malo|pesimo|malisimo"},
	// dev319 (stop 53): "Does anyone over there read a single thing I
	// send?"
	{Name: "not listening", Pattern: "does|do anyone|anybody ~2 read a single thing|word / does|do anyone|anybody ~2 read anything i|we send|write"},
	{Name: "messed up", Pattern: "this|that|thats|its ~1 so|really|just messed up"},
	{Name: "not listening", Pattern: "not|never listening|reading|helping|helpful / you|people|yall ~2 not|never listen|read"},
	// ("im getting too old to be a landlord" is age, not "this is
	// getting old")
	{Name: "getting annoying", Pattern: "getting ~2 annoying|ridiculous / getting out of hand / this|its|thats|it|that|these|texts ~2 getting ~1 old"},
	// "sick of receiving your promos", "tired of answering the same thing"
	{Name: "sick of", Pattern: "sick|tired of getting|receiving|hearing|reading|answering|explaining"},
	// "you are playing games here", "quit the games with us"
	{Name: "playing games", Pattern: "playing|play games / games with me|us"},
	// dev274: "keep playing with me and see what happen", "this bot bout
	// to make me lose my religion", "Lord give me strength. the tech was
	// supposed to be here at 10"
	{Name: "playing games", Pattern: "keep|stop|quit playing with me|us"},
	// dev279, dev283: "Hey genius ... maybe read the form before you text
	// me", "y'all couldn't find your own hind end with both hands and a
	// flashlight", "y'all are wearing me slap out"
	{Name: "sarcasm", Pattern: "hey|ok genius|einstein|sherlock / maybe|try read|reading the form|message|file|email|notes|application before you"},
	// dev292: "This is the dumbest thing my granddaughter ever talked me
	// into", "never got jerked around like this"
	{Name: "insult", Pattern: "this|that|it is the dumbest|stupidest thing / thats|its the dumbest|stupidest thing / jerked|jerking|jerk me|us around / jerked|jerking around / never got|been jerked around"},
	// dev290: "At this rate I'll PCS twice and retire before y'all finish
	// the appraisal. Real impressive."
	{Name: "sarcasm", Pattern: "real impressive |"},
	// stop 51's retrain leans less on "bueno ya qué, nunca contestan" and
	// "the last company never came out and now you're doing the same
	// thing": the rules read them
	{Name: "not listening", Pattern: "nunca|jamas contestan|responden|regresan |"},
	{Name: "exasperation", Pattern: "now you|youre|yall doing the same thing / now you are doing the same thing"},
	// dev287: "es increíble que una empresa que se dice profesional no
	// sea capaz de contestar una pregunta sencilla"
	{Name: "exasperation", Pattern: "no es|sea|son|sean|fueron capaz|capaces de contestar|responder|resolver|atender / no pueden|puede ni contestar|responder"},
	// dev281: "ya te di la dirección literalmente hace dos mensajes ...
	// Do you also want my blood type?"
	{Name: "asked again", Pattern: "ya te|le|les di|dije|mande ~5 hace dos|tres|cuatro mensajes / also want|need my blood type / want|need my blood type too / my blood type while im|i at it / my blood type too|as well / tambien quieren|quiere mi tipo de sangre"},
	// dev282: "my husband is fuming ... explain yourselves", "omg the
	// same question again"
	{Name: "exasperation", Pattern: "explain yourself|yourselves / is|im|am|were|are|hes|shes fuming / omg|ugh|wow|seriously ~1 the same question|questions ~1 again|twice / you ~3 the same question|questions again|twice"},
	{Name: "insult", Pattern: "couldnt|cant find ~6 with both hands / could not find ~6 with both hands / you|ustedes ~3 wearing|wore me slap|plumb out / you|ustedes ~3 wearing|wore me out / this process|bot|app|system ~2 wearing|wore me out"},
	{Name: "exasperation", Pattern: "lose|losing|lost my religion"},
	// the same mistake made again (blind77, stop 74): "You sent the
	// adjuster to the wrong address TWICE", "you guys got my name wrong
	// again"
	{Name: "exasperation", Pattern: "you|yall ~1 sent|got|put|spelled|booked|scheduled|mailed|wrote|texted|called|emailed|quoted|charged|billed ~4 wrong ~3 twice|again / you|yall ~1 sent|got|put|spelled|booked|scheduled|mailed|wrote|texted|called|emailed|quoted|charged|billed ~4 wrong ~3 both|two|three|2|3 times"},
	{Name: "strength asked", Pattern: "lord|god|jesus give|grant me strength|patience"},
	{Name: "harassment", Pattern: "harassment|harassing|harass|stalking|stalker"},
	// sarcasm: "thank you for nothing at all", "zero effort", "big help you are"
	// "wow what a brilliant idea, never would've thought of that on my
	// own", "genius stuff really", "thanks for the laugh"
	{Name: "sarcasm", Pattern: "never would have|of thought of that / never wouldve|woulda|wouldof thought of that / what a brilliant|genius idea|suggestion / genius stuff|move|idea / thanks for the laugh|laughs / thank you for the laugh|laughs / y yo que pensaba que ~2 eran|era serios|seria|serio"},
	// Spain: "vaya tela", "¿me estáis tomando el pelo?", "te lo acabo de
	// decir", "así no hay quien avance"
	{Name: "es exasperation", Pattern: "vaya tela / tomando|tomais|toman el pelo / te|se|le|os lo acabo de decir|escribir|poner / no hay quien ~1 avance|aguante|entienda / no hay quien os|los|les entienda"},
	{Name: "sarcasm", Pattern: "thanks|thank you? for nothing / zero help|effort|use / no help|use at all / no help|use whatsoever / big help / so helpful not"},
	// "are you blind", "r u dense"
	{Name: "are you deaf", Pattern: "are @you ~1 deaf|blind|dense|slow|illiterate|dumb|stupid|thick"},
	// "yall deaf or what", "¿no sabes leer o qué?"
	{Name: "are you deaf", Pattern: "you|ustedes all? deaf|blind|illiterate or what|something / estas|estan|eres|son sordo|sorda|sordos|ciego|ciegos o que / cant you all? read / no sabes leer / ustedes no saben leer / no saben leer |? o que"},
	// "no manches, ya te dije" (a plain "ya te dije" stays calm), "esto
	// ha sido un dolor de cabeza from day one"
	{Name: "es exasperation", Pattern: "no manches|mames |? ya te|le|les dije | / esto|todo|ustedes |? sido|es|son un|puro dolor de cabeza | / esto|todo|ustedes ~2 es|son un|puro dolor de cabeza | / dolor de cabeza from|desde|contigo / dolor de cabeza con ustedes|usted|uds"},
	// asked or sent twice ("I've sent the payoff letter twice now"), nobody
	// answering ("still no answer"), nothing given to a bot, "like
	// talking to a wall", impatience ("tick tock", "get to the point",
	// "yes or no."), sarcastic praise ("what a treat")
	{Name: "asked again", Pattern: "asked|sent|told|gave|given|answered|explained|texted|emailed ~5 twice / asked twice / twice already|now"},
	{Name: "not listening", Pattern: "still no ~1 answer|reply|response|word|callback / not one|a single ~1 answer|reply|response / like talking to a wall|brick"},
	{Name: "not to a bot", Pattern: "not|never|wont ~3 give|giving|send|sending|share|sharing|trust|trusting ~5 to a|this|some chatbot|bot|robot|computer|machine"},
	{Name: "impatience", Pattern: "tick tock / get to the point / hurry up / dont have all day / yes or no"},
	// "I am running out of patience here", "do I look like I was born
	// yesterday", "se me acabó la paciencia"
	{Name: "impatience", Pattern: "running|ran out of patience / out of patience / losing|lost my patience / born yesterday / se me acaba|acabo la paciencia / se me esta acabando la paciencia / perdiendo|perdi la paciencia"},
	// "me estoy desesperando", "ya me desesperaron" (not "desesperado
	// por vender", desperate to sell)
	{Name: "es desperate", Pattern: "me estoy desesperando / ya me desespere|desesperaron|desesperaste / me tienen|traen desesperado|desesperada / me desesperan|desespera con tanto|tantos|tantas|ustedes|sus|su"},
	{Name: "sarcasm", Pattern: "what a treat / cool cool cool / good to know what / really feels personal"},
	// "Honestly, what a racket. You quote one premium in May and a
	// different one in June"
	{Name: "racket", Pattern: "what|such a racket | / its|this|is|are a racket |"},
	// "very cool, very 2009. I'll just go check g2 like a normal person"
	{Name: "sarcasm", Pattern: "like a normal person|human / very cool very / so cool so"},
	// "how many more calls today", "how many emails have you sent now"
	{Name: "how many times", Pattern: "how many more? texts|messages|calls|emails|voicemails ~4 you|yall|this|already|today|now"},
})

var (
	pastBe   = textmatch.NewSet("was", "were", "had", "been")
	resolved = textmatch.NewSet("but", "however", "though", "tho", "although", "until", "now", "first", "initially", "earlier", "before")
)

// pastFeeling reports an emotion word after "was"/"were" that the message
// then sets aside: "we were angry earlier, though this works now".
func pastFeeling(toks []string, i int) bool {
	if !(i > 0 && pastBe.Has(toks[i-1]) || i > 1 && pastBe.Has(toks[i-2])) {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		if resolved.Has(toks[k]) {
			return true
		}
	}
	return false
}

// maskedProfanity reports a word with letters masked by asterisks, the
// usual way to write a swear word without spelling it ("sh*t", "f**king",
// "a**"): a letter, one or more '*', then a letter; or a word of one or two
// letters followed by two or more '*'. Markdown emphasis ("*really*") is
// not masking.
func maskedProfanity(raw string) bool {
	for i := strings.IndexByte(raw, '*'); i >= 0 && i < len(raw); {
		j := i
		for j < len(raw) && raw[j] == '*' {
			j++
		}
		if i > 0 && isLetter(raw[i-1]) {
			if j < len(raw) && isLetter(raw[j]) {
				return true
			}
			ws := i - 1
			for ws > 0 && isLetter(raw[ws-1]) {
				ws--
			}
			if j-i >= 2 && i-ws <= 2 {
				return true
			}
		}
		k := strings.IndexByte(raw[j:], '*')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

var (
	// words of delight that turn a swear into an intensifier: "damn
	// that's a good price", "holy crap you guys are fast"
	positiveWords = textmatch.NewSet("good", "great", "awesome", "amazing", "fast", "quick", "quickly", "best", "love",
		"thanks", "thank", "fair", "nice", "perfect", "expected", "yes", "deal", "kidding", "savings", "impressed",
		"cool", "excellent", "sweet", "glad", "happy", "better", "wow", "bad", "beautiful", "fantastic", "incredible",
		"lol", "haha", "jealous", "yay", "stoked", "excited", "wonderful", "helpful", "generous",
		"gracias", "rapido", "rapidisimo", "excelente", "genial", "perfecto", "buenisimo", "increible", "jaja", "jajaja",
		"cheaper", "cheap", "gorgeous", "stunning", "buen", "buena", "barato", "padre", "chido", "yeah",
		"pumped", "thrilled", "psyched", "approved", "dancing", "celebrating", "woohoo", "hooray", "aprobaron", "aprobados",
		// "offer accepted last night!!", "congrats to us"
		"accepted", "aceptaron", "congrats", "congratulations", "felicidades")
	// swears that intensify either way; the harsher ones never soften
	softSwears = textmatch.NewSet("damn", "damned", "dammit", "shit", "hell", "crap", "fuck", "fucking", "fuckin",
		"freaking", "freakin", "frigging", "effing", "bloody", "omg", "omfg", "holy", "wtf", "goddamn", "ugh", "joder")
	// feelings someone else may have: "my tenant is pissed", "my brother's furious"
	feelings = textmatch.NewSet("angry", "pissed", "furious", "unhappy", "mad", "upset", "frustrated", "annoyed",
		"livid", "disappointed", "irritated", "fed", "sick", "tired")
	// things a lead finds awful without being upset with the sender
	thingNouns = textmatch.NewSet("noise", "draft", "drip", "leak", "leaks", "wasps", "bugs", "ants", "mice", "smell",
		"traffic", "weather", "kitchen", "furnace", "roof", "basement", "commute", "heat", "cold", "mold", "nest",
		"neighbors", "stairs", "carpet", "paint", "layout", "market", "rates", "economy", "storm", "winter", "summer",
		"calor", "frio", "lluvia", "trafico", "clima", "humedad", "ruido", "olor", "goteras", "gotera", "invierno", "verano",
		"pressure", "water", "pipes", "drain", "plumbing", "ac", "house", "yard", "wiring", "heater", "toilet", "shower", "attic", "floors", "windows", "credit",
		"signal", "wifi", "reception", "internet", "roaches", "cockroaches", "termites", "pests", "rats", "fleas", "bedbugs", "showers",
		// what the lead pays others: "property taxes went up to 6800, it's
		// getting ridiculous"
		"taxes", "tax", "rent", "premiums", "hoa", "utilities", "electric", "impuestos", "renta")
	// what "garbage" and "trash" name in a house: "garbage disposal"
	wasteThings = textmatch.NewSet("disposal", "disposals", "can", "cans", "bin", "bins", "bag", "bags", "day", "pickup", "truck", "compactor", "chute", "collection", "service")
	// a thing that stopped working: "annoyed it died already"
	failedVerbs = textmatch.NewSet("died", "broke", "quit", "failed", "stopped", "leaked", "cracked", "burned", "burnt", "conked", "crapped")
	// machines and things a lead swears at: "the damn generator"
	ownThings = textmatch.NewSet("generator", "car", "truck", "printer", "computer", "laptop", "phone", "dog", "cat", "dryer", "washer", "dishwasher", "fridge", "mower", "boat", "lawnmower", "garage", "door", "tv", "disposal", "thermostat", "pump", "heater", "oven", "microwave")
	// stretches of the lead's own time: "worst week ever"
	spanNouns = textmatch.NewSet("day", "days", "week", "weeks", "month", "months", "year", "years", "night", "weekend", "morning", "summer", "winter", "dia", "semana", "mes", "ano", "noche")
	// where the lead is: "está horrible adentro", "awful outside"
	whereWords = textmatch.NewSet("adentro", "afuera", "inside", "outside", "out", "aqui", "aca", "alla", "here", "dentro", "fuera")
	adjectives = textmatch.NewSet("awful", "terrible", "horrible", "annoying", "bad", "worst", "disgusting", "irritating", "ridiculous", "insane", "crazy")
	idiomNext  = textmatch.NewSet("case", "part", "that", "thing", "scenario", "possible", "time", "timing")
	otherParty = textmatch.NewSet("my", "his", "her", "their", "he", "she", "they", "tenant", "tenants", "neighbor",
		// others in general (dev360, stop 56): "reviews said people were
		// frustrated with the wait times"
		"people", "folks", "customers", "reviewers", "others", "gente",
		"neighbors", "brother", "sister", "mom", "dad", "wife", "husband", "father", "mother", "friend", "son", "daughter",
		"boss", "landlord", "city", "hoa", "another", "previous", "old", "former", "last", "current", "other",
		"otro", "otra", "otros", "otras", "anterior", "teenager", "teen", "teens",
		"kids", "kid", "buyer", "buyers", "contractor", "inspector", "bank", "appraiser", "appraisal", "insurer",
		"mi", "mis", "suegra", "suegro", "esposo", "esposa", "hermano", "hermana", "mama", "papa", "hijo", "hija", "hijos",
		"vecino", "vecina", "vecinos", "inquilino", "inquilina", "inquilinos", "banco", "jefe",
		// a site that values homes: "zillow is trash lol"
		"zillow", "redfin", "zestimate", "realtor", "trulia")
	leadSubject = textmatch.NewSet("i", "im", "ive", "id", "we", "were", "weve", "me", "us", "you", "your", "ur", "yall", "u", "this", "it", "its")
)

// notAtSender reports a strong word that is not aimed at the sender: a
// swear in a clause of delight ("damn that's a good price"), someone
// else's feeling ("my tenant is pissed", "my father was unhappy with his
// old lender"), an annoyance at a thing ("the noise is awful", "there's a
// terrible draft"), an idiom ("worst case", "the worst part") or a feeling
// denied ("no frustration here").
// feltIf reports a feeling at i the lead says they would have if
// something happened: "If the crew doesn't show Saturday I'll be
// annoyed", "I'd be pretty upset if the rate changed" (a modal and "be"
// before it in its clause, an "if" in the message; not "I'll be upset if
// this happens again": it has happened).
func feltIf(toks []string, i, cs int) bool {
	be := -1
	for k := i - 1; k >= cs && k >= i-3; k-- {
		if toks[k] == "be" {
			be = k
			break
		}
	}
	if be < 1 || !feelModals.Has(toks[be-1]) {
		return false
	}
	// (not "I'll be pissed if you text me one more time": a threat over
	// what has happened)
	// (nor "I'll be annoyed if you don't call me back today": an
	// ultimatum over what the sender has not done)
	return slices.ContainsFunc(toks, textmatch.IfWords.Has) && !slices.Contains(toks, "again") && !textmatch.ContainsSeq(toks, "one", "more", "time") &&
		!textmatch.ContainsSeq(toks, "otra", "vez") && !senderFailsIf(toks)
}

// senderFailsIf reports a condition on what the sender fails to do: "if
// you don't call me back", "if nobody shows up", "si no me llaman".
func senderFailsIf(toks []string) bool {
	for i, w := range toks {
		if w != "if" && w != "si" || i+2 >= len(toks) {
			continue
		}
		if (toks[i+1] == "you" || toks[i+1] == "yall" || toks[i+1] == "they") && (toks[i+2] == "dont" || toks[i+2] == "cant" || toks[i+2] == "wont" || toks[i+2] == "do" && i+3 < len(toks) && toks[i+3] == "not") ||
			toks[i+1] == "nobody" || toks[i+1] == "noone" || toks[i+1] == "no" && (toks[i+2] == "one" || toks[i+2] == "me" || toks[i+2] == "nos") {
			return true
		}
	}
	return false
}

// (not "to": "to be honest im frustrated", "starting to be annoyed")
var feelModals = textmatch.NewSet("ill", "id", "will", "would", "wed", "well", "might")

func notAtSender(toks []string, i int) bool {
	w := toks[i]
	cs, ce := textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i)
	if feltIf(toks, i, cs) {
		return true
	}
	if softSwears.Has(w) {
		if w == "hell" && i+2 < len(toks) && toks[i+1] == "of" && toks[i+2] == "a" {
			return true // "a hell of a job": praise
		}
		// "damn ok. I can swing maybe 50 a month": surprise, then on
		if i+1 < len(toks) && (toks[i+1] == "ok" || toks[i+1] == "okay" || toks[i+1] == "alright") {
			return true
		}
		// delight in the swear's clause or the next: "shit yeah, that's
		// way cheaper than i thought"
		end := ce
		if end < len(toks) {
			end = textmatch.ClauseEnd(toks, end+1)
		}
		for k := cs; k < end; k++ {
			if k != i && positiveAt(toks, k) {
				return true
			}
		}
	}
	// "the damn generator wouldn't start": a swear at a thing of the
	// lead's own
	// ("fix my damn AC" is at the sender who should fix it)
	if softSwears.Has(w) && i > 0 && toks[i-1] == "the" && i+1 < len(toks) && ownThings.Has(toks[i+1]) && !senderIn(toks, cs, ce) {
		return true
	}
	// "the stupid garbage disposal is jammed again": a word at a machine
	// of the lead's own, named right after it
	if (w == "stupid" || w == "dumb") && i > 0 && (toks[i-1] == "the" || toks[i-1] == "this" || toks[i-1] == "that") &&
		(i+1 < len(toks) && ownThings.Has(toks[i+1]) || i+2 < len(toks) && ownThings.Has(toks[i+2])) && !senderIn(toks, cs, ce) {
		return true
	}
	// "worst week ever", "the worst day": the lead's own stretch of time
	if w == "worst" && i+1 < len(toks) && spanNouns.Has(toks[i+1]) && !senderIn(toks, cs, ce) {
		return true
	}
	// "está horrible adentro", "it's awful outside": the heat or the
	// weather where the lead is
	if adjectives.Has(w) && (i+1 < len(toks) && whereWords.Has(toks[i+1]) || i+2 < len(toks) && whereWords.Has(toks[i+2])) && !senderIn(toks, cs, ce) {
		return true
	}
	// "probably a stupid question": the lead's own question ("stupid
	// question apparently, since nobody will answer it" is not)
	if (w == "stupid" || w == "dumb") && i > 0 && (toks[i-1] == "a" || toks[i-1] == "probably") && i+1 < len(toks) && (toks[i+1] == "question" || toks[i+1] == "questions") {
		return true
	}
	// "Stupid question probably, but do you guys do gutters too?", "ok
	// this might be dumb pero what's escrow exactly?": the lead's own
	// question
	if (w == "stupid" || w == "dumb") && (i == cs && i+1 < len(toks) && (toks[i+1] == "question" || toks[i+1] == "questions") ||
		i >= 2 && toks[i-1] == "be" && (toks[i-2] == "might" || toks[i-2] == "may" || toks[i-2] == "could")) && !senderIn(toks, cs, ce) {
		return true
	}
	// "i'm terrible at paperwork": bad at something, said of oneself;
	// "I'm terrible with tech" (dev360, stop 56), not "you're terrible
	// with follow-up"
	if adjectives.Has(w) && i+1 < len(toks) && (toks[i+1] == "at" || toks[i+1] == "with" && selfSaid(toks, i)) {
		return true
	}
	// "ugh I'm the worst, forgot the W2s", "sorry to be annoying with all
	// the questions", "I know I'm being annoying": the lead of
	// themselves
	if (w == "worst" || w == "annoying") && selfSaid(toks, i) {
		return true
	}
	if (w == "worst" || w == "worse") && i+1 < len(toks) && idiomNext.Has(toks[i+1]) {
		return true
	}
	// "I'll tell you the worst one": the worst of the lead's troubles
	if w == "worst" && i >= 3 && toks[i-1] == "the" && (toks[i-2] == "you" || toks[i-2] == "u") && toks[i-3] == "tell" {
		return true
	}
	// a household thing: "my garbage disposal is humming", "trash day"
	if (w == "garbage" || w == "trash") && i+1 < len(toks) && wasteThings.Has(toks[i+1]) {
		return true
	}
	// annoyed at a thing that failed: "I'm kinda annoyed it died already"
	if feelings.Has(w) && !senderIn(toks, cs, ce) {
		for k := i + 1; k < ce && k <= i+3; k++ {
			if failedVerbs.Has(toks[k]) {
				return true
			}
		}
	}
	if w == "frustration" && i > 0 && (toks[i-1] == "no" || toks[i-1] == "zero") {
		return true
	}
	// the lead calls itself names: "I'm so dumb, I forgot the password",
	// "I'm a total idiot, wrong address"
	if selfInsultAt(toks, i) {
		return true
	}
	// a hard day, not the sender: "traffic was hell so I missed your call"
	if w == "hell" && slices.ContainsFunc(toks[cs:i], thingNouns.Has) && !senderIn(toks, cs, i) {
		return true
	}
	// the subject nearest before the word decides: "my tenant is
	// furious", "the previous owner was an idiot"
	for k := i - 1; k >= cs; k-- {
		// ("people were frustrated": the past of "are" after someone
		// else, not "we're")
		if leadSubject.Has(toks[k]) && !(toks[k] == "were" && k > cs && partyAt(toks, k-1)) {
			// ("the last roofer we had was a real frustration": "we had"
			// names the party before it)
			// (not "..., and honestly so are you guys")
			if k+1 < i && hadOnes.Has(toks[k+1]) && slices.ContainsFunc(toks[cs:k], otherParty.Has) && !soAreYou(toks[ce:]) {
				continue
			}
			break
		}
		// right before a swear, "my" is the lead's own: "my damn invoice"
		// ("My boss is furious and honestly so am I": the lead's too;
		// blind71, stop 71)
		if partyAt(toks, k) && (k < i-1 || feelings.Has(w) || adjectives.Has(w) || w == "experience") {
			return !senderIn(toks, cs, ce) && !(feelings.Has(w) && leadShares(toks[i:]) && !feelingHasObject(toks, i))
		}
	}
	// and a feeling's object: "frustrated with the bank", "mad at my ex"
	if feelings.Has(w) {
		for k := i + 1; k < ce && k <= i+3; k++ {
			if partyAt(toks, k) && (toks[k-1] == "with" || toks[k-1] == "at" || toks[k-1] == "about" || toks[k-1] == "by" || k >= 2 && (toks[k-2] == "with" || toks[k-2] == "at")) {
				return !senderIn(toks, cs, ce)
			}
		}
	}
	if adjectives.Has(w) {
		// "it's getting ridiculous" points back to the clause before
		for k := withAntecedent(toks, cs); k < ce; k++ {
			if thingNouns.Has(toks[k]) || thingNouns.Has(strings.TrimSuffix(toks[k], "s")) {
				return !senderIn(toks, cs, ce)
			}
		}
	}
	return false
}

// otherSubject reports someone else as the subject before toks[i] in its
// clause: "my husband is fed up", "los inquilinos me tienen cansada".
func otherSubject(toks []string, i int) bool {
	cs, ce := textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i)
	for k := i - 1; k >= cs; k-- {
		// ("mi esposo y yo estamos bien molestos": the lead among them)
		if leadSubject.Has(toks[k]) || toks[k] == "yo" || toks[k] == "nosotros" {
			return false
		}
		if partyAt(toks, k) && toks[k] != "my" && toks[k] != "mi" {
			// ("My boss is furious and honestly so am I": the lead
			// shares it; blind71, stop 71)
			return !senderIn(toks, cs, ce) && !leadShares(toks)
		}
	}
	return false
}

// usefulWords praise an answer: "which was actually useful too".
var usefulWords = textmatch.NewSet("useful", "helpful", "handy", "interesting", "util")

// feelingHasObject reports an object named right after a feeling: "at
// the HOA", "with the bank", "con el banco".
func feelingHasObject(toks []string, i int) bool {
	return i+1 < len(toks) && (toks[i+1] == "at" || toks[i+1] == "with" || toks[i+1] == "about" || toks[i+1] == "con")
}

// leadShares reports the lead saying the feeling is theirs too: "so am
// I", "me too", "yo también".
func leadShares(toks []string) bool {
	return textmatch.ContainsSeq(toks, "so", "am", "i") || textmatch.ContainsSeq(toks, "me", "too") || textmatch.ContainsSeq(toks, "yo", "tambien")
}

// partyAt reports someone other than the lead and the sender at
// toks[k]. "son" is the lead's child only after a possessive or an
// article ("my son is furious"); alone it is Spanish "are": "ustedes son
// bien unprofessional".
func partyAt(toks []string, k int) bool {
	if toks[k] == "son" {
		return k > 0 && sonOwners.Has(toks[k-1])
	}
	return otherParty.Has(toks[k])
}

var hadOnes = textmatch.NewSet("had", "hired", "used", "got", "tried")

var sonOwners = textmatch.NewSet("my", "his", "her", "our", "their", "the", "a", "your", "oldest", "youngest", "older", "younger", "step")

// senderIn reports a word naming the sender in toks[cs:ce].
func senderIn(toks []string, cs, ce int) bool {
	for k := cs; k < ce; k++ {
		switch toks[k] {
		case "you", "your", "ur", "yall", "u", "bot", "texts", "messages":
			return true
		case "service", "company", "team", "rep":
			// not "our old insurance company", "the previous team", nor
			// one a relative clause names by a job it did: "the company
			// that did his AC" (dev360, stop 56)
			if !(k > cs && formerOnes.Has(toks[k-1]) || k > cs+1 && formerOnes.Has(toks[k-2])) &&
				!(k+2 < ce && relativeWords.Has(toks[k+1]) && pastJobs.Has(toks[k+2])) {
				return true
			}
		}
	}
	return false
}

// esPartWord gates the scan for "qué parte de"; esUnderstandYou closes
// it said to the sender
var (
	esPartWord      = textmatch.NewSet("parte").Gated()
	esUnderstandYou = textmatch.NewSet("entiendes", "entienden", "entiende")
)

// partWord gates the scan for "what part of"
var partWord = textmatch.NewSet("part").Gated()

// understandWords close "what part of X" as exasperation
var understandWords = textmatch.NewSet("understand", "unclear", "confusing", "get", "hard", "entiendes", "entienden", "entiende")

// selfInsultAt reports a name the lead calls itself at toks[i]: "I'm so
// dumb", "I'm a total idiot", "soy bien tonta".
func selfInsultAt(toks []string, i int) bool {
	return selfInsults.Has(toks[i]) && textmatch.Before(toks, i, 3, selfIs)
}

// callsSelfNames reports a name the lead calls itself anywhere in toks.
func callsSelfNames(toks []string) bool {
	for i := range toks {
		if selfInsultAt(toks, i) {
			return true
		}
	}
	return false
}

var selfIs = textmatch.NewSet("im", "am", "feel", "soy")

var (
	// formerOnes mark a company as one the lead had before
	formerOnes = textmatch.NewSet("old", "previous", "former", "last", "other", "another", "prior")
	// "the company that did his roof": a relative clause and the job
	// the company did for someone
	relativeWords = textmatch.NewSet("that", "who", "which")
	pastJobs      = textmatch.NewSet("did", "installed", "built", "fixed", "replaced", "sold", "handled", "put", "repaired", "serviced", "insured", "financed")
	// selfInsults are names a lead may call itself
	selfInsults = textmatch.NewSet("dumb", "idiot", "stupid", "moron", "dummy", "tonto", "tonta", "pendejo", "pendeja")
)

// positiveAt reports a word of delight at toks[k]; "bad" only as "not
// bad".
func positiveAt(toks []string, k int) bool {
	if toks[k] == "bad" {
		return k > 0 && toks[k-1] == "not"
	}
	return positiveWords.Has(toks[k])
}

// anyPositive reports a word of delight anywhere in toks.
// CapsHabit reports a lead who wrote an earlier turn of history in
// capitals too: capitals are then how they write, and a message in
// capitals is no shout by that alone ("shouting" is not reason enough to
// hand off; the words still are). history is oldest first; a last lead
// turn equal to text is skipped.
func CapsHabit(text string, history []Turn) bool {
	for i, h := range history {
		if !h.FromLead || i == len(history)-1 && h.Text == text {
			continue
		}
		t := textmatch.Cached(h.Text)
		if t.Letters >= 6 && t.Upper >= 0.7 {
			return true
		}
	}
	return false
}

// calmCaps reports capitals that are a writer's habit, not a shout: an
// acknowledgement with no mark of complaint ("ITS GOING OK", "YEP
// CONNECTED IT MONDAY"). A "no", a "why", "again", "still", "said" or a
// "!"/"?" keep the capitals a shout ("OK I SAID NO").
func calmCaps(t textmatch.Text) bool {
	if t.Bangs > 0 || t.Quests > 1 {
		return false
	}
	if politeCaps(t) {
		return true
	}
	// patience said in capitals, as a flip phone or dictation writes:
	// "I DONT MIND WAITING JUST LET ME KNOW WHEN" (not "I DONT MIND
	// WAITING BUT THIS IS THE THIRD WEEK")
	if (textmatch.ContainsSeq(t.Toks, "dont", "mind") || textmatch.ContainsSeq(t.Toks, "no", "rush")) && !slices.Contains(t.Toks, textmatch.Break) &&
		!slices.ContainsFunc(t.Toks, patienceBroken.Has) {
		return true
	}
	return !capsComplaintWord(t) && slices.ContainsFunc(t.Toks, capsAck.Has)
}

// capsComplaintWord reports a word that keeps capitals a shout: a
// negation or a complaint word ("OK I SAID NO", "WHY AGAIN").
func capsComplaintWord(t textmatch.Text) bool {
	return slices.ContainsFunc(t.Toks, func(w string) bool { return capsComplaint.Has(w) || textmatch.Negators.Has(w) })
}

// patienceBroken are words that turn patience in capitals into a
// complaint: "I DONT MIND WAITING HOWEVER THIS IS THE THIRD WEEK"
var patienceBroken = textmatch.NewSet("but", "pero", "however", "though", "although", "said", "week", "weeks", "days", "still",
	"third", "again", "foot", "where")

var (
	// acknowledgements, greetings, introductions and availability: "HOLA
	// SOY DON RAMON", "ESTOY DISPONIBLE EL SABADO", "I AM FREE ALL DAY"
	capsAck = textmatch.NewSet("ok", "okay", "yep", "yes", "yeah", "yup", "sure", "fine", "good", "thanks", "thank", "si", "bien", "gracias",
		"vale", "listo", "hi", "hello", "hola", "buenas", "buenos", "morning", "afternoon", "soy", "free", "available", "disponible",
		"works", "tengo", "quiero", "saber", "got")
	capsComplaint = textmatch.NewSet("why", "again", "still", "said", "already", "stop", "told", "never", "nobody", "nothing", "what",
		"how", "where", "otra", "vez", "ya", "dije", "nadie", "nunca", "por", "que")
)

func anyPositive(toks []string) bool {
	for k := range toks {
		if positiveAt(toks, k) {
			return true
		}
	}
	return false
}

// spanishFrustration: Spanish swears and insults, being fed up ("estoy
// harta", "ya me canse"), disrespect ("que falta de respeto"), uselessness
// ("no sirven para nada", "pesimo servicio"), nobody answering, upset
// confusion ("no entiendo nada") and "otra vez" complaints.
var spanishFrustration = textmatch.MustCompile(map[string]textmatch.Set{
	"swear": textmatch.NewSet("mierda", "carajo", "chingar", "chingada", "chingados", "pinche", "pinches", "verga",
		"pendejo", "pendeja", "pendejos", "cabron", "cabrones", "joder", "jodido", "jodidos", "idiotas", "estupidos",
		"inutiles", "ridiculo", "ridiculos", "inaceptable", "pesimo", "pesima", "fatal", "coraje", "estafa", "estafadores", "rateros",
		"inepto", "inepta", "ineptos", "ineptas", "incompetentes", "incompetente", "descaro", "descarados", "descaradas"),
	"fedup": textmatch.NewSet("harto", "harta", "hartos", "hartas", "cansado", "cansada", "cansados", "molesto", "molesta",
		"molestos", "enojado", "enojada", "enojados", "furioso", "furiosa", "encabronado", "encabronada", "frustrado", "frustrada"),
}, []textmatch.Rule{
	{Name: "es swear", Pattern: "@swear"},
	{Name: "es fed up", Pattern: "estoy|estamos|ya|toy|tamo|tamos ~2 @fedup / me|nos tienen|tiene|tienes ~1 @fedup / ya me|nos canse|cansamos|harte|hartamos"},
	// "me siento bien confundida y la verdad molesta"
	{Name: "es fed up", Pattern: "me|nos siento|sentimos ~6 @fedup"},
	// "mi mamá está bien enojada, y yo también", "mi seller está
	// furiosa y honestly yo también"; "qué paciencia hay que tenerles",
	// "puro cuento con ustedes", "¿tú eres bruto o te haces?", "yo no soy
	// tonto eh"
	{Name: "es fed up", Pattern: "esta|estan ~2 @fedup ~4 yo tambien / paciencia hay que tener|tenerles|tenerle / puro cuento con ustedes|uds / eres|son bruto|brutos|tonto|tontos o te|se hacen|haces / no soy tonto|tonta|pendejo|pendeja"},
	// stood up, and not a word: "me dejaron plantado toda la mañana y ni
	// un mensaje", "ni siquiera avisaron"
	{Name: "es stood up", Pattern: "me|nos dejaron|dejo|dejaste plantado|plantada|plantados|plantadas / me|nos plantaron|planto|plantaste / y ni ~2 mensaje|aviso|llamada|llamadita|mensajito|avisaron|llamaron / ni siquiera avisaron|avisan|llamaron|llaman / ni siquiera ~1 un|una mensaje|aviso|llamada"},
	// answers that contradict (dev360, stop 56): "me han dado tres
	// respuestas distintas", "cada quien me dice otra cosa"
	{Name: "es asked again", Pattern: "dos|tres|cuatro|2|3|4 respuestas|explicaciones distintas|diferentes / ya no se a quien creerle|creer / cada quien|uno me dice ~2 otra cosa / cada quien|uno me dice ~2 algo distinto|diferente"},
	// "es como hablar con la pared" (dev365, stop 56)
	{Name: "es asked again", Pattern: "como hablar|hablarle|platicar con|a la|una pared | / como hablarle a una piedra|pared / como si le hablara a la|una pared|piedra / parece que hablo con la|una pared / como hablarle a un robot"},
	{Name: "es disrespect", Pattern: "falta de respeto / que poca|poco seriedad|profesionalismo|verguenza / no sirven|sirve ~2 para nada / no sirven"},
	// "Vengan a arreglar lo que dañaron": the damage the business did, to
	// be put right ("¡qué cosa seria!" may marvel as well as scold)
	{Name: "es disrespect", Pattern: "arreglar|arreglen|reparar|reparen|pagar|paguen lo que danaron|rompieron|arruinaron|descompusieron"},
	{Name: "es nobody answers", Pattern: "nadie da|dan la cara / nadie quiere dar la cara / nadie ~2 contesta|contestan|responde|responden|atiende|atienden|vino|llego|viene|contesto|respondio / no me contestan|responden|atienden / ni uno|una solo ~2 contestan|contestaron|responden|respondieron"},
	// asked or sent twice: "ya les pregunté dos veces", "les he mandado
	// tres mensajes"; nothing given to a bot: "no le voy a dar mi social a
	// un robot"; impatience: "no tengo todo el día", "no me anden dando
	// vueltas"; sarcastic praise: "ay qué eficientes"
	// what was told not written down (blind70, stop 71): "lo que le
	// dije ayer, ¿no lo anotaron?"
	// (not "lo que le dije a mi esposo", nor "... no pasa nada")
	{Name: "es asked again", Pattern: "lo que le|les|te dije|conte ayer|antes|ya|el|la ~3 |? no lo|la anotaron|apuntaron|escribieron|guardaron / lo que le|les|te dije|conte |? no lo|la anotaron|apuntaron|escribieron|guardaron"},
	// the same question asked twice (blind76, stop 73): "ya se lo puse.
	// ¿para qué me preguntan lo mismo dos veces?"
	{Name: "es asked again", Pattern: "para que me|nos preguntan|pregunta|preguntas lo mismo / me|nos preguntan|pregunta|preguntas lo mismo dos|tres|otra veces|vez"},
	{Name: "es asked again", Pattern: "pregunte|pregunto|mande|mandado|envie|enviado|escribi|escrito|dije|dicho ~4 dos|tres|cuatro|mil veces|twice / he|hemos mandado|enviado|escrito ~1 dos|tres|cuatro|varios|mil mensajes|correos|textos|veces"},
	// "ya van tres veces que les mando los papeles", "llevo dos veces que
	// le pregunto"
	{Name: "es asked again", Pattern: "van|llevo|llevamos|son dos|tres|cuatro|cinco|varias|muchas|mil veces que ~2 mando|mandamos|envio|enviamos|pregunto|preguntamos|digo|decimos|escribo|escribimos|pido|pedimos|explico|llamo|llamamos|repito"},
	{Name: "es not to a bot", Pattern: "no ~3 dar|mandar|enviar|doy|mando|envio ~5 a un|una|este|esta bot|robot|maquina|chatbot|computadora"},
	// "no me hagan perder el tiempo", "me están haciendo perder el tiempo"
	{Name: "es impatience", Pattern: "perder|perdiendo|pierdo|pierda|pierdan el|mi tiempo / no tengo tiempo para esto"},
	{Name: "es impatience", Pattern: "no tengo todo el dia / no me|nos ~2 dando|den vueltas / me|nos traen|tienen dando vueltas / dejen|deja|deje de ~1 darme|darnos|dar vueltas"},
	{Name: "es sarcasm", Pattern: "ay|vaya|andale|oh|uy que eficientes|rapidos|rapidas|atentos|atentas|amables|eficiente|rapido|profesionales"},
	// "esto no tiene sentido", not "no tiene sentido quedarme con la casa"
	// (there is no point in keeping it)
	{Name: "es confused", Pattern: "no entiendo nada / esto|eso|nada no? tiene sentido / no tiene sentido nada|esto|eso / no funciona|sirve nada"},
	// "estoy muy confundida y molesta", as "I'm so confused"
	{Name: "es confused", Pattern: "estoy|estamos|ando|andamos muy|bien|super|tan|re confundido|confundida|confundidos|confundidas"},
	// "estoy perdida", "ya me confundieron", "sigo sin entender qué plan
	// tenemos", "ya no sé cómo explicarle"
	// "no le entiendo nada a estos mensajes", "ya no entiendo qué
	// necesitan de mí" (stop 73; "¿Tune-up? No sé de qué me habla" asks
	// calmly)
	{Name: "es confused", Pattern: "no le|les|te entiendo nada / ya no entiendo que necesitan|quieren|piden|me|nos / ya no entiendo lo que necesitan|quieren|piden"},
	{Name: "es confused", Pattern: "estoy|estamos|ando perdida|perdido|perdidos|perdidas / ya me|nos confundieron|confundiste|confundio / me|nos tienen|tienes confundido|confundida|confundidos / sigo|seguimos sin entender / ya no se como ~1 explicarle|explicarles|explicarte|decirle|decirles|decirte"},
	{Name: "es not reading", Pattern: "no leen|lees|lee|escuchan|escuchas ~2 lo que / perdida de tiempo / ya basta / basta ya / me estan cargando|jodiendo|vacilando / tomadura de pelo"},
	{Name: "es again", Pattern: "otra vez ~3 no|nadie|lo|la|el|mismo / cuantas veces / por tercera|cuarta|enesima vez"},
	{Name: "es bad service", Pattern: "pesimo|malisimo|terrible|horrible|peor ~1 servicio|atencion / el|la peor"},
	// "qué fastidio", "es el colmo", "nadie lee nada", "¿en serio??"
	// "qué boleta", "esto ya es una boleta", "me dejen de enredar", "no
	// tengo paciencia pa esto", "¿qué clase de sistema es este?", "¿me
	// entendió o le repito?", "llevo 20 minutos escribiendo al aire"
	{Name: "es exasperation", Pattern: "que boleta / es una boleta / dejen|dejes|deje de enredarme|enredar|marearme|marear / no me|nos mareen|marees|enreden / no me|nos esten|estes|este mareando|enredando / no tengo paciencia para|pa|con esto|ustedes / tengo cero paciencia para|pa|con esto|ustedes / que clase|tipo de sistema es este / entendio|entendiste|entendieron o le|te|les repito / escribiendo|hablando al aire / hablandole a la pared"},
	// "not sure how many different ways I can say this", "kindly stop
	// sending me the same onboarding checklist"
	{Name: "exasperation", Pattern: "how many ~1 ways ~2 i|can say|explain this|it / stop|quit sending|asking me|us ~1 the same / stop|quit sending|asking the same ~3 over|again|every"},
	{Name: "es exasperation", Pattern: "que fastidio|lata|coraje|rabia|horror|desesperacion|bronca|jartera|hartera|pesadilla|desmadre|colera|jodedera|jodienda / es el colmo / nadie ~1 lee|leen|escucha|escuchan / ya les di|dije|mande ~3 veces"},
	// "te lo he preguntado dos veces ya", "se lo he dicho tres veces"
	{Name: "es exasperation", Pattern: "lo he|hemos preguntado|dicho|pedido|explicado|mandado ~2 dos|tres|cuatro|varias|mil veces / lo pregunte|dije|pedi ~2 dos|tres|varias veces"},
	// "chale, ya estuvo", "¿neta?", "me tenés podrido",
	// "hasta las narices", "¿es en serio?", "¿me estás leyendo o solo copias
	// y pegas?", "ya no sé cómo explicarte", "¿qué más necesitas?"
	// "estoy hartísima", "esto es un abuso"
	{Name: "es exasperation", Pattern: "estoy|estamos harto|harta|hartos|hartas|hartisimo|hartisima / es un abuso / que abuso"},
	{Name: "es exasperation", Pattern: "chale / me tienes|tenes|tienen|tiene podrido|podrida|harto|harta|mamado|mamada|jarto|jarta|hasta / hasta la|las narices|madre|coronilla / es en serio / copias|copiar y pegas|pegar / no se como explicar|explicarte|explicarles"},
	// "¿me estás cargando?" (are you kidding me), "me están tomando el pelo"
	{Name: "es exasperation", Pattern: "me estas|estan|esta cargando|vacilando / me estas|estan|esta tomando el pelo / no me jodas|jodan|joda"},
	// "me están volviendo loco con los texts" (ustedes: not "los niños
	// me están volviendo loca"), "qué mamera todo con ustedes"
	// (Colombian), "esta app es una porquería", "qué tal concha"
	// (Peruvian: what nerve)
	{Name: "es exasperation", Pattern: "me|nos estas|esta|estan|tiene|tienen volviendo loco|loca|locos|locas / me|nos vuelven loco|loca|locos|locas / que mamera ~3 ustedes|uds|you|yall|guys|su|sus / que mamera con esta|su|tu compania|empresa / app|servicio|sistema|ustedes|compania|empresa|portal|pagina es|son una porqueria|basura|mierda / que tal concha|conchudez|conchudos / que concha tienen|tiene"},
	// "no es justo" said as a whole clause (not "no es justo lo que
	// buscamos", not exactly), "¿me está leyendo?", "es la tercera vez
	// que les mando la foto" (not "que les compro"), "ya me tienen
	// aburrida" (not "estoy aburrida", bored, nor "esa factura me tiene
	// aburrida")
	{Name: "es exasperation", Pattern: "no es justo / me|nos estas|esta|estan leyendo / es la tercera|cuarta|quinta|enesima vez que ~1 les|le|te mando|escribo|digo|pido|explico|pregunto|llamo|mandamos|escribimos|decimos|pedimos|explicamos|preguntamos|llamamos|repito|envio|enviamos|aviso|avisamos|reclamo / es la segunda|tercera|cuarta|quinta|enesima vez que me|nos llaman|escriben|mandan|cobran|cancelan|cambian|dejan|fallan|plantan / me|nos tienen aburrido|aburrida|aburridos|aburridas"},
	// "así no se puede", "me tienen mareado", Caribbean "ustedes sí
	// joden", "qué vaina tan mala"
	// "es un afano lo que cobran", "está bien gacho lo que hacen", "su
	// servicio es un desastre" (not "qué gacho lo que le pasó a mi
	// vecino", "un desastre lo que dejó la tormenta", "la compañía
	// anterior fue un desastre")
	{Name: "es exasperation", Pattern: "es un afano / bien|muy|re|que gacho|gachos lo que ~2 hacen|hicieron|cobran|cobraron|estan|dicen|mandan|mandaron / un desastre lo que ~2 hacen|hicieron|cobran|cobraron|estan|dicen|mandan|mandaron / su|tu|el|este servicio|atencion ~1 es|son|fue un desastre / su|tu compania|empresa ~1 es|son|fue un desastre / ustedes son un desastre"},
	// "¿tan difícil es mandar un presupuesto?" ("¿qué tan difícil es
	// hacer la solicitud?" asks how hard: see spanishFrustrationAtSender)
	{Name: "es exasperation", Pattern: "tan dificil es ~2 mandar|contestar|responder|enviar|llamar|hacer|dar|decir"},
	{Name: "es exasperation", Pattern: "que poca madre / es un robo / how hard is this|that / que tan dificil es esto / asi no se puede / me|nos tienen|tienes|tenes mareado|mareada|mareados|loco|loca|locos / joden|jodan|jodiendo / que vaina tan ~1 mala|malo|fea"},
})

// notExactly reports "no es justo" read as "not exactly": a place next
// ("en el centro", "al lado") or "lo que" a wish ("lo que buscamos").
func notExactly(toks []string, i int) bool {
	return i < len(toks) && (toks[i] == "en" || toks[i] == "al" || toks[i] == "lo" && i+2 < len(toks) && toks[i+1] == "que" && wishedFor.Has(toks[i+2]))
}

var wishedFor = textmatch.NewSet("buscamos", "buscaba", "buscabamos", "buscabas", "queremos", "queria", "queriamos", "quiero",
	"necesitamos", "necesito", "pedimos", "pedi", "esperaba", "esperabamos", "imaginaba", "teniamos")

// omgGlad follow a glad "omg": "omg hi", "omg yes", "omg wow".
var omgGlad = textmatch.NewSet("hi", "hey", "hello", "hola", "yes", "yay", "wow", "yesss", "thank", "thanks")

// weak words: frustration only with another cue (shouting, "??", "!!!").
var weakFrust = textmatch.NewSet("seriously", "again", "whatever", "hello", "come", "omg", "still", "why")

// frustration returns the cue found in raw, normalised as t.
func frustration(raw string, t textmatch.Text) (string, bool) {
	if maskedProfanity(raw) {
		return "profanity:masked", true
	}
	r, ok := frustrationCue(raw, t)
	if ok && (r == "incompetence" || r == "profanity:clueless") && selfClueless(t.Toks) {
		// "so im pretty clueless lol": the lead describes themself
		return "", false
	}
	if ok && r != "shouting" && complaintJoked(t.Toks) {
		// "you're stalking me 👀 lol nah I'm kidding": a complaint
		// the lead takes back as a joke at once (blind80, after its
		// measurement)
		return "", false
	}
	// (asked the sender again is at the sender: "ya van tres veces que
	// les mando los papeles de mi mamá. ¿Qué no los leen?")
	// ("Third time I've sent my DD-214. THIRD. Does anybody over there
	// actually open attachments?": the count is of the lead's tries with
	// the sender, whatever "my" names)
	if ok && r != "es asked again" && (emotionElsewhere(raw) && !((r == "how many times" || r == "asked again") && slices.ContainsFunc(t.Toks, triedVerbs.Has)) || formerProviderStory(raw) || turnsToSender(raw)) {
		return "", false
	}
	// "las goteras me tienen desesperada, ¿cuándo pueden venir?": the
	// house drives the lead to despair, not the sender
	if ok && r == "es desperate" && slices.ContainsFunc(t.Toks, esHouseTrouble.Has) && !esSenderRef(t.Toks, 0, len(t.Toks)) && !senderIn(t.Toks, 0, len(t.Toks)) &&
		!slices.Contains(t.Toks, "nadie") && !slices.ContainsFunc(t.Toks, esSenderWords.Has) && !slices.Contains(t.Toks, "desesperaron") {
		return "", false
	}
	// "¡Qué boleta! Perdón, me equivoqué de número": the lead's own
	// embarrassment
	if ok && r == "es exasperation" && boletaOwned(t.Toks) {
		return "", false
	}
	if ok && r != "shouting" && ventThenPivot(t) {
		// "This freaking heat is killing me ... Anyway what time
		// tomorrow?", "Mi jefe me cambió de turno otra vez, qué coraje.
		// Pero sí puedo el sábado": a vent about the day, then business
		return "", false
	}
	if ok && r != "shouting" && otherThenPraise(t.Toks) {
		// "Estaba frustrated con el otro lender pero ustedes me
		// explicaron todo bien. Gracias!": another provider's fault, the
		// sender praised (blind71, stop 71)
		return "", false
	}
	if ok && (r == "exasperation" || r == "profanity:wtf" || r == "profanity:wth") && pleasedSurprise(raw, t) {
		// "wtf that was fast lol, already approved?? 🙌": an oath of
		// surprise at good news (blind74, stop 72)
		return "", false
	}
	if ok && r != "shouting" && apologises(t) {
		// "sorry I took forever to reply", "sorry if that's a dumb
		// question", "my bad, I gave you the wrong zip before": the lead
		// faults themselves
		return "", false
	}
	if !ok && confusedAlone(t.Toks, t.IDs) {
		return "confused alone", true
	}
	return r, ok
}

// confusedAlone reports a message that says only that the lead is
// confused or lost: "I'm confused", "wait im confused", "now I'm totally
// lost", "confused??", "estoy confundida", "no entiendo". Seed 002 names
// "confused" among the words that should bring a person in at once; the
// same words with a question or a request to explain ("I'm confused
// about escrow, can you explain?") are a calm question and are left to
// the other rules. ids are the IDs of toks, when known (see
// [textmatch.Set.HasToken]).
func confusedAlone(toks []string, ids []int32) bool {
	i := 0
	for i < len(toks) && confusedLeadIn.HasToken(toks, ids, i) {
		i++
	}
	switch {
	case i+1 < len(toks) && toks[i] == "i" && (toks[i+1] == "am" || toks[i+1] == "feel"):
		i += 2
	case i < len(toks) && confusedSubject.HasToken(toks, ids, i):
		i++
	}
	rest := toks[i:]
	// "i dont get it", "i don't understand", "no entiendo (nada)"
	for _, p := range confusedWhole {
		if len(rest) >= len(p) && slices.Equal(rest[:len(p)], p) {
			i += len(p)
			for i < len(toks) && confusedTail.HasToken(toks, ids, i) {
				i++
			}
			return i == len(toks)
		}
	}
	for i < len(toks) && confusedIntensifier.HasToken(toks, ids, i) {
		i++
	}
	if i >= len(toks) || !confusedWords.HasToken(toks, ids, i) {
		return false
	}
	i++
	for i < len(toks) && confusedTail.HasToken(toks, ids, i) {
		i++
	}
	return i == len(toks)
}

var (
	confusedLeadIn      = textmatch.NewSet("wait", "now", "ok", "okay", "ok so", "so", "um", "umm", "uh", "hmm", "ugh", "honestly", "ahora", "pues", "espera", "ya")
	confusedSubject     = textmatch.NewSet("im", "estoy", "ando", "me", "i")
	confusedIntensifier = textmatch.NewSet("so", "really", "totally", "completely", "very", "super", "kinda", "pretty", "a", "bit", "little", "muy", "bien", "re", "tan", "toda", "todo", "como", "medio", "honestly")
	confusedWords       = textmatch.NewSet("confused", "lost", "confundido", "confundida", "confundidos", "confundidas", "perdido", "perdida", "confundi", "confundo")
	confusedTail        = textmatch.NewSet("now", "again", "here", "rn", "ahora", "ya", "otra", "vez", "aqui", "nada")
	confusedWhole       = [][]string{{"dont", "get", "it"}, {"dont", "understand"}, {"do", "not", "understand"}, {"no", "entiendo"}, {"no", "le", "entiendo"}, {"no", "les", "entiendo"}, {"no", "te", "entiendo"}}
)

// pleasedSurprise reports an oath of surprise at something fast or
// already done, cheered ("thanks", "you guys rock", 🙌) with no word of
// complaint: "wtf that was quick 😂 thanks!!", "omg wtf already
// approved?? 🙌" (not "wtf is taking so long", "wtf lol already 3 texts
// today", "wtf already got a bill before any work was done haha awesome",
// "wth already?? I said thanks but no thanks"). Laughter alone, "nice"
// or "great" may be sarcasm and do not cheer.
func pleasedSurprise(raw string, t textmatch.Text) bool {
	toks := t.Toks
	if !slices.ContainsFunc(toks, surpriseOaths.Has) || !slices.ContainsFunc(toks, speedWords.Has) && !slices.Contains(toks, "already") {
		return false
	}
	if _, angry := faces(raw); angry || t.HasAny(textmatch.Negators) || slices.ContainsFunc(toks, letdownWords.Has) {
		return false
	}
	return slices.ContainsFunc(toks, cheerWords.Has) || strings.ContainsAny(raw, "🙌🎉🥳😍🙏")
}

var (
	surpriseOaths = textmatch.NewSet("wtf", "wth", "omg", "omfg")
	cheerWords    = textmatch.NewSet("thanks", "thank", "thx", "gracias", "awesome", "amazing", "rock", "love", "best", "yay", "woohoo")
	// letdownWords tell a complaint beside the oath
	letdownWords = textmatch.NewSet("still", "nothing", "nobody", "waiting", "again", "never", "yet", "long", "slow", "nadie", "nada", "todavia", "otra",
		"another", "who", "without", "sin", "before", "bill", "billed", "charged", "cobraron", "price", "precio", "permission", "permiso", "texts", "calls",
		"denial", "denied", "chill", "relentless", "spam")
)

// patienceMocked reports patience offered in mockery: "Sure, take your
// time, it's only rain coming through the ceiling. No rush at all",
// "tómate tu tiempo, solo es el techo". "take your time, no rush at all,
// I'm out of town" is patience meant.
func patienceMocked(t textmatch.Text) bool {
	if !t.HasAny(timeWord) {
		return false
	}
	toks := t.Toks
	i := textmatch.IndexSeq(toks, "take", "your", "time")
	if i < 0 {
		i = textmatch.IndexSeq(toks, "tu", "tiempo")
	}
	if i < 0 {
		return false
	}
	for k := i + 3; k < len(toks) && k < i+12; k++ {
		if (toks[k] == "only" && (toks[k-1] == "its" || toks[k-1] == "is" || toks[k-1] == "just")) ||
			(toks[k] == "es" && (toks[k-1] == "solo" || toks[k-1] == "nomas")) {
			// the "only" belittles a harm named just after it ("only rain
			// coming through the ceiling"), not a small job or an age, nor
			// a harm said to be small ("only a slow drip", "solo es una
			// gotera chiquita")
			after := toks[k+1 : min(len(toks), k+5)]
			return slices.ContainsFunc(after, mockedHarm.Has) && !slices.ContainsFunc(after, harmPlayedDown.Has)
		}
	}
	return false
}

// mockedHarm: a harm a lead belittles in mock patience; harmPlayedDown:
// words that make the harm small in earnest
var (
	mockedHarm = textmatch.NewSet("rain", "leaking", "leak", "leaks", "ceiling", "flooding", "flooded", "smoke", "fire",
		"freezing", "cae", "gotea", "goteando", "lluvia", "inundando", "techo")
	harmPlayedDown = textmatch.NewSet("small", "little", "tiny", "minor", "slow", "chiquita", "chiquito", "pequena", "pequeno", "drip", "gotera",
		"urgent", "fine", "nothing", "urgente")
)

// timeWord gates the scan for "take your time"
var timeWord = textmatch.NewSet("time", "tiempo").Gated()

// deniedBefore reports a denial of the word at i with only fillers
// between: "it's not urgent or an emergency", "no es una emergencia";
// not "not joking this is an emergency".
func deniedBefore(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch {
		case notUrgent.Has(toks[k]):
			return true
		case !denialFiller.Has(toks[k]):
			return false
		}
	}
	return false
}

// notUrgent deny an emergency before it; denialFiller may stand between
var (
	denialFiller = textmatch.NewSet("a", "an", "una", "un", "es", "or", "o", "urgent", "urgente", "really", "like", "que", "sea", "tanto", "como",
		"ninguna", "de", "creo", "think")
	notUrgent     = textmatch.NewSet("not", "isnt", "no", "nothing", "nada", "aint", "wasnt")
	emergencyWord = textmatch.NewSet("emergency", "emergencies", "emergencia", "urgencia")
)

// contractLeft reports leaving the contract at i, near it: "get out of
// my 2 year contract early without a penalty", "the early termination fee".
func contractLeft(toks []string, i int) bool {
	for k := max(0, i-6); k < len(toks) && k <= i+6; k++ {
		if contractExit.Has(toks[k]) || toks[k] == "out" && k > 0 && toks[k-1] == "get" ||
			toks[k] == "break" && k+1 < len(toks) && breakWhat.Has(toks[k+1]) || toks[k] == "early" && k > 0 && endVerbs.Has(toks[k-1]) {
			return true
		}
	}
	return false
}

// endVerbs come before "early" when a contract is ended early ("can I
// end my yearly contract early"); breakWhat follows "break" when one is
// broken ("break my annual contract", not "a price break on the
// contract")
var (
	endVerbs  = textmatch.NewSet("contract", "end", "out", "cancel")
	breakWhat = textmatch.NewSet("the", "my", "our", "this", "el", "mi")
)

// newAppliance reports an appliance said to be new: "el horno ... es
// nuevo", "the new stove" (not "la casa nueva").
func newAppliance(toks []string) bool {
	for i, w := range toks {
		if appliances.Has(w) && slices.ContainsFunc(toks[max(0, i-2):min(len(toks), i+9)], newThing.Has) {
			return true
		}
	}
	return false
}

// newThing: an appliance said to be new; appliances: what may smell of
// gas when new
var (
	newThing   = textmatch.NewSet("nuevo", "nueva", "new", "brand")
	appliances = textmatch.NewSet("horno", "estufa", "oven", "stove", "secadora", "dryer", "range", "boiler", "calentador")
)

// boletaOwned: "qué boleta" followed closely by an apology of the
// lead's own, with no "pero" turning it ("que boleta, disculpe pero ya
// les dije tres veces" complains)
func boletaOwned(toks []string) bool {
	i := slices.Index(toks, "boleta")
	if i < 0 {
		return false
	}
	w := toks[i+1 : min(len(toks), i+5)]
	return slices.ContainsFunc(w, ownSlip.Has) && !slices.Contains(w, "pero") && !slices.Contains(toks[i+1:], "pero")
}

// ownSlip: the lead owning a slip
var ownSlip = textmatch.NewSet("perdon", "perdona", "perdone", "disculpa", "disculpe", "sorry", "equivoque", "equivoco")

// esHouseTrouble: a house's trouble, which may drive a lead to despair
var esHouseTrouble = textmatch.NewSet("gotera", "goteras", "goteando", "techo", "humedad", "moho", "plaga", "cucarachas", "termitas",
	"tuberia", "aire", "calentador", "casa", "inquilino", "inquilinos")

// ventThenPivot reports a vent about something of the lead's day (the
// heat, the traffic, the boss, the truck, the DMV), naming nobody of the
// sender's, neither its people nor its line (see staffNouns), then a
// turn to business ("anyway", "en fin", "pero sí") with no cue of its own
// after it.
func ventThenPivot(t textmatch.Text) bool {
	toks := t.Toks
	p := -1
	for k, w := range toks {
		if w == "anyway" || w == "anyways" || k+1 < len(toks) && (w == "en" && toks[k+1] == "fin" || w == "pero" && (toks[k+1] == "bueno" || toks[k+1] == "si")) {
			p = k
			break
		}
	}
	// (the sender's people or a wait on its line in the vent make it a
	// complaint: "the installer never showed and I missed work for
	// nothing, so frustrating. anyway what's the next slot?")
	if p <= 0 || senderIn(toks, 0, p) || esSenderRef(toks, 0, p) || !slices.ContainsFunc(toks[:p], ventNouns.Has) || slices.ContainsFunc(toks[:p], staffNouns.Has) {
		return false
	}
	rest := strings.Join(toks[p+1:], " ")
	_, cue := frustrationCue(rest, textmatch.Cached(rest))
	return !cue
}

// ventNouns: things of the lead's own day a vent is about
var ventNouns = textmatch.NewSet("heat", "traffic", "weather", "rain", "boss", "shift", "truck", "car", "kids", "dmv",
	// a game lost (blind72, stop 71): "the Royals lost otra vez, qué
	// coraje! Pero sí, mañana a las 10 está bien"
	"game", "team", "lost", "juego", "partido", "equipo", "perdieron", "perdio",
	"plant", "bridge", "jefe", "turno", "troca", "carro", "calor", "trafico", "puente", "lluvia", "planta")

// staffNouns: the sender's people and lines, which make a vent a
// complaint
var staffNouns = textmatch.NewSet("installer", "installers", "tech", "techs", "technician", "crew", "plumber", "roofer", "electrician",
	"rep", "agent", "adjuster", "estimator", "hold", "tecnico", "tecnicos", "instalador", "plomero", "agente", "job")

// selfClueless reports "clueless" said of the lead: "im pretty clueless",
// "we're kind of clueless about loans".
func selfClueless(toks []string) bool {
	for i, w := range toks {
		if w == "clueless" && textmatch.Before(toks, i, 3, cluelessSelf) {
			return true
		}
		// "first time buyer, kinda clueless lol": a clause with no
		// subject, of the lead by what it says of themselves
		if w == "clueless" && i > 0 && (toks[i-1] == "kinda" || toks[i-1] == "pretty" || toks[i-1] == "totally" || toks[i-1] == "bit") &&
			!slices.ContainsFunc(toks[textmatch.ClauseStart(toks, i):i], cluelessAtSender.Has) && textmatch.ClauseStart(toks, i) >= i-2 {
			return true
		}
	}
	return false
}

var cluelessSelf = textmatch.NewSet("im", "i", "am", "feel", "were", "we", "soy", "estoy")

// apologises reports a message that opens a clause with an apology and
// has no complaint marked by "!" or "??".
func apologises(t textmatch.Text) bool {
	if t.Bangs > 0 || t.Quests > 1 {
		return false
	}
	for i, w := range t.Toks {
		if (i == 0 || t.Toks[i-1] == textmatch.Break) && (apologyWords.Has(w) || w == "my" && i+1 < len(t.Toks) && t.Toks[i+1] == "bad") {
			// "sorry but I am very frustrated" prefaces a complaint, and so
			// do "disculpe, pero esto es el colmo" and "disculpe la molestia,
			// but enough already"
			return !textmatch.After(t.Toks, i+1, 2, apologyBut) && !butSoon(t.Toks, i+1)
		}
	}
	return false
}

var positiveAfterIntens = textmatch.NewSet("good", "great", "nice", "fast", "cheap", "easy", "amazing", "beautiful", "low", "quick", "helpful", "bueno", "barato")

// esPlace: the place or a part of it, whose state a swear word may
// describe
var esPlace = textmatch.NewSet("casa", "techo", "cocina", "bano", "piso", "pisos", "paredes", "jardin", "propiedad", "todo",
	// Spanglish: "ese roof está bien jodido"
	"roof", "house", "kitchen", "yard", "floor", "floors", "deck", "fence")

// butSoon reports "but" or "pero" within four tokens from i, across at
// most one clause break.
func butSoon(toks []string, i int) bool {
	breaks := 0
	for k := i; k < len(toks) && k < i+4; k++ {
		switch toks[k] {
		case textmatch.Break:
			if breaks++; breaks > 1 {
				return false
			}
		case "but", "pero":
			return true
		}
	}
	return false
}

var (
	apologyWords = textmatch.NewSet("sorry", "apologies", "oops", "disculpe", "disculpa", "perdon", "perdone")
	apologyBut   = textmatch.NewSet("but", "pero", "to", "que")
)

// scareQuoted reports a word of the sender's put in quotes and mocked:
// 'the "guaranteed" rate wasn't guaranteed. Shocking.', 'Thanks for the
// "reminder" about the appointment you cancelled. Super helpful.' The
// quotes hold one or two words, and the message praises, thanks or is
// shocked, or denies the quoted word.
func scareQuoted(raw string, t textmatch.Text) bool {
	if strings.IndexByte(raw, '"') < 0 && !strings.Contains(raw, "“") {
		return false
	}
	q := quotedShort(raw)
	if q == "" {
		return false
	}
	// a correction of spelling, not a mocked word: 'forgive me for
	// correcting you: it's "their" not "there"'
	if t.HasAny(correctionWords) {
		return false
	}
	if t.HasAny(scareIrony) {
		return true
	}
	// the quoted word denied: "wasn't guaranteed", "not free"
	qt := textmatch.Normalize(q).Words()
	for i := 1; i < len(t.Toks) && len(qt) > 0; i++ {
		if t.Toks[i] == qt[0] && textmatch.Negators.Has(t.Toks[i-1]) {
			return true
		}
	}
	return false
}

// promiseMocked reports the sender's promise of service quoted back
// beside the time it has gone unkept: 'si claro, "lo atendemos en 24
// horas" jaja, ya van 4 dias', 'another "we'll get back to you", like
// last week' (not 'you said "we'll get back to you by friday", still the
// plan?').
func promiseMocked(raw string, t textmatch.Text) bool {
	if strings.IndexByte(raw, '"') < 0 && !strings.Contains(raw, "“") || !t.HasAny(unkeptWords) {
		return false
	}
	for rest := raw; ; {
		in, r, ok := textmatch.NextQuotation(rest)
		if !ok {
			return false
		}
		rest = r
		if q := textmatch.Normalize(in); len(q.Toks) <= 10 && q.HasAny(servicePromise) {
			return true
		}
	}
}

var (
	// servicePromise are a service promise's: "we'll get back to you", "lo
	// atendemos en 24 horas", "an agent will text you soon"
	servicePromise = textmatch.NewSet("back", "shortly", "asap", "soon", "promptly", "hours", "horas", "atendemos", "llamamos",
		"contactamos", "pronto", "enseguida", "breve", "reach")
	// unkeptWords tell the promise went unkept: days gone by, "como la
	// semana pasada", "still nothing", "still waiting"
	unkeptWords = textmatch.NewSet("van", "days", "dias", "weeks", "semanas", "pasada", "nothing", "nada", "waiting", "esperando")
)

// complaintJoked reports "nah I'm kidding", "jk", "es broma" said after
// a complaint, in a clause of its own (not "I'm not kidding", "no es
// broma").
func complaintJoked(toks []string) bool {
	for k := 1; k < len(toks); k++ {
		w := toks[k]
		if !jokeTakenBack.Has(w) && w != "jk" && w != "bromeo" {
			continue
		}
		if textmatch.Before(toks, k, 3, textmatch.Negators) && !(k > 1 && toks[k-2] == "nah") {
			return false
		}
		// an earlier clause holds the complaint
		return slices.Contains(toks[:k], textmatch.Break)
	}
	return false
}

// askingWords: the lead's own asking, "I'm asking so many questions"
var askingWords = textmatch.NewSet("asking", "ask", "asked")

// inQuotes reports a word w of raw found only inside double quotes.
func inQuotes(raw, w string) bool {
	uq := textmatch.Unquoted(raw)
	return uq != raw && !slices.Contains(textmatch.Normalize(uq).Toks, w)
}

// quotedShort returns the text inside the first pair of double quotes
// that holds one or two words of letters, or "".
func quotedShort(raw string) string {
	for {
		in, rest, ok := textmatch.NextQuotation(raw)
		if !ok {
			return ""
		}
		if w := strings.Fields(in); len(w) >= 1 && len(w) <= 2 && strings.IndexFunc(in, unicode.IsLetter) >= 0 &&
			strings.ToUpper(in) != in {
			return in
		}
		raw = rest
	}
}

var (
	workedFor    = textmatch.NewSet("work", "works", "worked", "working", "trabajo", "trabaja")
	priceNouns   = textmatch.NewSet("quote", "quotes", "estimate", "estimates", "rate", "rates", "offer", "offers", "price", "prices", "fees", "bid", "bids", "precio", "cotizacion").Gated()
	utilityNouns = textmatch.NewSet("aseguranza", "seguro", "ciudad", "gas", "luz", "agua", "banco", "gobierno", "city", "county").Gated()
	// complaintCues make a plea for strength a complaint: "Lord give me
	// strength. the tech was supposed to be here at 10"
	complaintCues = textmatch.NewSet("supposed", "still", "again", "waiting", "late", "nobody", "never", "hours", "otra", "nadie")
)

// ownMakeVerbs are what the lead's own business does: "we make custom
// ductwork"
var ownMakeVerbs = textmatch.NewSet("make", "build", "do", "sell", "fabricate", "design", "print")

// invoiceSend route a bill: "send the invoice to my wife"
var invoiceSend = textmatch.NewSet("send", "email", "mail", "text", "forward", "address", "manden", "mande")

// invoiceAsked reports an invoice at toks[i] that the lead asks to be
// sent, in a noun phrase after a verb of sending: "send the invoice to
// my wife", "send the contract and the deposit invoice to the church
// office".
func invoiceAsked(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && toks[k] != textmatch.Break; k-- {
		if invoiceSend.Has(toks[k]) {
			return k < i-1
		}
		if !invoicePhrase.Has(toks[k]) {
			return false
		}
	}
	return false
}

// invoicePhrase may stand between a verb of sending and "invoice".
var invoicePhrase = textmatch.NewSet("the", "a", "an", "and", "contract", "deposit", "final", "first", "my", "our", "over", "me", "us", "signed", "estimate", "agreement")

// speedWords after "ridiculous lo" or "insane how" make it praise
var speedWords = textmatch.NewSet("rapido", "fast", "quick", "quickly", "easy", "facil", "cheap", "barato", "good", "bueno")

// esOwnSend are the lead's own sending: "le mando la foto otra vez"
var esOwnSend = textmatch.NewSet("mando", "envio", "paso", "reenvio", "mande", "envie", "subo", "adjunto")

var correctionWords = textmatch.NewSet("correcting", "correct", "correction", "spelling", "spelled", "misspelled", "typo", "grammar", "ortografia").Gated()

var scareIrony = textmatch.NewSet("thanks", "thank", "great", "shocking", "shocked", "helpful", "love", "wonderful", "amazing",
	"job", "surprise", "surprised", "gracias", "genial", "excelente", "bravo", "felicitaciones").Gated()

func frustrationCue(raw string, t textmatch.Text) (string, bool) {
	toks := t.Toks
	laughing, angry := faces(raw)
	// a wry face at the lead's own mishap: "no pude entrar, se me cayó el
	// internet 🙃"; at the sender it stays a complaint
	// ("no hay prisa, solo llevo una semana sin agua 🙃" is sarcasm)
	if angry && wryOnly(raw) && slices.ContainsFunc(toks, ownMishap.Has) && !esSenderRef(toks, 0, len(toks)) && !slices.ContainsFunc(toks, exchangeNouns.Has) {
		angry = false
	}
	// an eye-roll or an angry face: "¿otra vez? 🙄"; an eye-roll after
	// praise is sarcasm: "wow 96k, que generosos 🙄"
	// (an eye-roll at someone of the lead's own is no complaint: "a
	// teenager who takes 40 min showers 🙄")
	// (a lead who commits in the same breath is not angry: "she ate a
	// sock AGAIN 🙃 ok I'm convinced, sign me up")
	if angry && !laughing && (!anyPositive(toks) || strings.ContainsRune(raw, '🙄')) && !(t.HasAny(householdWords) && !senderIn(toks, 0, len(toks))) && !commits(t) {
		return "emoji", true
	}
	if ironicPraise(raw, t) || scareQuoted(raw, t) || patienceMocked(t) || promiseMocked(raw, t) {
		return "sarcasm", true
	}
	// a message with no word of profanity, as most are, can hold only
	// profanity run into a word of its own: the gate tells, and the loop
	// below, which reads its tokens for that and for profanity, is left
	// with no token to visit
	swearToks := toks
	if !t.HasAny(profanity) {
		for i, w := range toks {
			if id := t.IDs[i]; len(w) > 6 && id == 0 && runTogether(w) {
				return "profanity:" + w, true
			}
		}
		swearToks = nil
	}
	for i, w := range swearToks {
		// "ugh i do a bit of everything haha": laughter, as a face or
		// written out (the normaliser drops "haha" and "lol"), softens a
		// soft swear
		id := t.IDs[i]
		if !profanity.HasID(id) {
			// run-together profanity: "thisgoddamn", "fuckin"
			if len(w) > 6 && id == 0 && runTogether(w) {
				return "profanity:" + w, true
			}
			continue
		}
		if notAtSender(toks, i) || softSwears.Has(w) && (laughing || laughs(raw)) {
			continue
		}
		// the bin, not a verdict: "went straight in the trash"; where a
		// problem is worst: "it's worst on the 2nd floor"; an intensifier:
		// "the print is awful small"
		if w == "trash" && i > 0 && toks[i-1] == "the" || w == "worst" && i > 0 && toks[i-1] != "the" && i+1 < len(toks) && whereWorst.Has(toks[i+1]) ||
			w == "awful" && i+1 < len(toks) && intensified.Has(toks[i+1]) {
			continue
		}
		// a look described: "the Steelers looked like hell yesterday"
		if w == "hell" && i >= 2 && toks[i-1] == "like" && (toks[i-2] == "looked" || toks[i-2] == "look" || toks[i-2] == "looks" || toks[i-2] == "felt" || toks[i-2] == "played") {
			continue
		}
		// praise in a strong word: "Ridiculous lo rápido que mandaron el
		// quote, gracias!", "insane how fast you got back to me"
		if i+2 < len(toks) && (toks[i+1] == "lo" || toks[i+1] == "how") && speedWords.Has(toks[i+2]) {
			continue
		}
		// 'my sister said her lender "screwed her over on fees"': a word
		// in someone else's quoted words
		if inQuotes(raw, w) {
			continue
		}
		// "while he told me I was wasting my time": someone else's words
		// to the lead, reported
		if (w == "wasting" || w == "wasted" || w == "waste") && toldByThird(toks, i) {
			continue
		}
		// "ugh, it's complicated": a sigh at the lead's own situation
		if w == "ugh" && (slices.Contains(toks, "complicated") || textmatch.ContainsSeq(toks, "long", "story")) {
			continue
		}
		// a sigh that names no one is at the lead's own lot: the problem
		// ("roaches in the kitchen, the little german ones. ugh"), the
		// chore ("yes, ugh"), a cost to come ("ugh hopefully it doesn't
		// come to that"); "ugh, your texts again" is at the sender
		if w == "ugh" && !senderIn(toks, 0, len(toks)) {
			continue
		}
		// "Ugh my bank is the worst": a sigh at someone else, named next
		if w == "ugh" && i+1 < len(toks) && partyAt(toks, i+1) && !senderIn(toks, i+1, textmatch.ClauseEnd(toks, i+1)) {
			continue
		}
		// "ugh I'm so dumb, forgot to attach it": a sigh at oneself
		if w == "ugh" && (textmatch.ContainsSeq(toks, "i", "forgot") || textmatch.ContainsSeq(toks, "my", "bad") || callsSelfNames(toks)) {
			continue
		}
		// "no inspection bs": without the hassle, said of what the lead
		// wants
		if (w == "bs" || w == "nonsense" || w == "crap") && textmatch.Before(toks, i, 3, textmatch.NewSet("no", "without", "sin")) {
			continue
		}
		// a feeling at someone else: "the other roofer took my deposit, I
		// was so angry with him" ("your agent never showed, I'm upset with
		// him" is at the sender's own)
		if angerWords.Has(w) && i+2 < len(toks) && (toks[i+1] == "with" || toks[i+1] == "at") && (toks[i+2] == "him" || toks[i+2] == "her") && othersNearer(toks, i) {
			continue
		}
		switch w {
		case "sick", "tired", "fed":
			// "sick of shoveling snow", "tired of dealing w renters" are
			// motivations; "sick of your texts" is a frustration (rules)
			continue
		case "bloody":
			// the drink: "bloody mary brunch"
			if i+1 < len(toks) && (toks[i+1] == "mary" || toks[i+1] == "marys") {
				continue
			}
		case "mad":
			// the lead is mad: "I'm mad", "honestly im so mad right now",
			// "mad at you guys"; not "mad props", "mad expensive" (an
			// intensifier), "not mad"
			if leadIsMad(toks, i) {
				return "profanity:mad", true
			}
			continue
		case "hate", "joke", "hell", "suck", "screw", "waste", "complain", "complaint", "scam", "ass", "dumb", "dumber", "trash":
			// ambiguous alone ("is this a scam", "hell yes", "mad props")
			if w == "hell" && i+1 < len(toks) && (toks[i+1] == "yes" || toks[i+1] == "yeah" || toks[i+1] == "ya") {
				continue
			}
			// "without making me feel dumb" is praise; "is that dumb?", "a
			// dumb question" fault the lead's own question
			if (w == "dumb" || w == "stupid") && textmatch.Before(toks, i, 4, textmatch.NewSet("know", "admit")) {
				// "which I know is dumb": the lead faults itself
				continue
			}
			if w == "dumb" && (textmatch.Before(toks, i, 4, textmatch.NewSet("without", "never", "not")) ||
				i+1 < len(toks) && toks[i+1] == "question" || i >= 2 && toks[i-2] == "is" && selfRef.Has(toks[i-1])) {
				continue
			}
			// "I don't want to screw him over": a harm the lead refuses to do
			if w == "screw" && negated(toks, t.IDs, i, 4) {
				continue
			}
			// "the dumber the question the better": a comparison, no insult
			if w == "dumber" && i > 0 && toks[i-1] == "the" {
				continue
			}
			if w == "hell" || w == "screw" || w == "ass" || w == "dumb" || w == "dumber" || w == "trash" {
				return "profanity:" + w, true
			}
			continue
		case "ridiculous", "ridiculously", "insane", "insanely", "crazy", "stupid":
			// "ridiculous, like ridiculously good": praise, across the comma
			if slices.ContainsFunc(toks[i+1:min(len(toks), i+5)], positiveAfterIntens.Has) {
				continue
			}
			if w == "ridiculously" || w == "insanely" {
				continue
			}
			return "profanity:" + w, true
		case "terrible", "horrible", "awful", "disappointed", "unhappy", "angry", "worst", "garbage", "insulting", "rude", "annoyed", "annoying", "frustrated", "frustrating", "upset":
			// negated: "not annoyed", "not terrible"
			if negated(toks, t.IDs, i, 3) {
				continue
			}
			// a feeling the lead says is no one's fault here: "which is
			// annoying but not your fault"
			if _, ok := notYourFault.First(t, nil); ok {
				continue
			}
			// other people's feelings: "I'm the one fielding the angry
			// emails", "frustrated customers"
			if (w == "angry" || w == "frustrated" || w == "annoyed" || w == "unhappy") && i+1 < len(toks) && othersNouns.Has(toks[i+1]) {
				continue
			}
			// a past feeling since resolved: "was frustrated before, but ..."
			if pastFeeling(toks, i) {
				continue
			}
			// a small letdown in praise: "a little disappointed they left
			// nails in the driveway, but otherwise the roof looks great"
			if textmatch.Before(toks, i, 2, softeners) && anyPositive(toks[i+1:]) {
				continue
			}
			// the weather or the times, with no word of the sender: "the
			// hail was terrible this year", "el granizo estuvo horrible";
			// the weather itself may be a clause before, within eight
			// tokens: "the rain won't stop here, is terrible" (not "blamed
			// traffic. terrible")
			if (w == "terrible" || w == "horrible" || w == "awful" || w == "worst") && !senderIn(toks, 0, textmatch.ClauseEnd(toks, i)) {
				cs := textmatch.ClauseStart(toks, i)
				if slices.ContainsFunc(toks[cs:i], weatherWords.Has) || slices.ContainsFunc(toks[min(cs, max(0, i-8)):cs], skyWords.Has) {
					continue
				}
			}
		}
		return "profanity:" + w, true
	}
	if m, ok := frustRules.First(t, func(m textmatch.Match) bool {
		return frustrationAtSender(toks, m) && !(m.Name == "accusation" && accusationElsewhere(raw, toks, m)) && !(m.Name == "exasperation" && exasperationDenied(toks, m)) && !(m.Name == "i told you" && (calmReminder(t) || unsureReminder(t, m) || alsoOnForm(t, m))) &&
			(m.Name != "so done" || soDoneAtSender(toks, m)) &&
			// "make it make sense" said on its own, not "should make it
			// make sense for buyers"
			// ("make it make sense for me?" asks for an explanation)
			!(toks[m.Start] == "make" && (m.Start > 0 && toks[m.Start-1] != textmatch.Break && !makeSenseLeadIns.Has(toks[m.Start-1]) ||
				m.End < len(toks) && toks[m.End] == "for")) &&
			// "did you lose my business card?": a thing lost, not the lead;
			// "you haven't lost a customer", "sorry to hear you lost a
			// client": no loss, or someone else's
			(m.Name != "lost a customer" || (m.End == len(toks) || toks[m.End] == textmatch.Break || lostTail.Has(toks[m.End])) &&
				!slices.ContainsFunc(toks[m.Start:m.End], notLost.Has) && !slices.ContainsFunc(toks[textmatch.ClauseStart(toks, m.Start):m.Start], sympathy.Has)) &&
			// "I've asked this twice now haha": a repeat laughed off
			!(m.Name == "asked again" && (laughing || laughs(raw))) &&
			// "what the heck, let's do it": a leap, not a complaint; it
			// closes the message ("What the heck! You found a buyer
			// already?" is delight)
			!(m.Name == "what the heck" && (laughing || laughs(raw) || commits(t) || m.End < len(toks))) &&
			// "I'm confused as heck but sounds good, let's go"
			!(m.Name == "exasperation" && slices.Contains(toks[m.Start:m.End], "confused") && (laughing || laughs(raw) || commits(t))) &&
			// "..., which was actually useful too"
			!(m.Name == "answered else" && (anyPositive(toks[m.End:]) || slices.ContainsFunc(toks[m.End:], usefulWords.Has))) &&
			// "lol no idea what any of that means but sounds good, let's
			// go": confusion laughed off or followed by a yes
			!((m.Name == "confused" || m.Name == "still broken") && (laughing || laughs(raw) || commits(t) || m.Name == "confused" && (slices.Contains(toks, "until") || slices.ContainsFunc(toks, explainAsked.Has)) || slices.ContainsFunc(toks, unhurried.Has)))
	}); ok {
		return m.Name, true
	}
	if m, ok := spanishFrustration.First(t, func(m textmatch.Match) bool { return spanishFrustrationAtSender(t, m) }); ok {
		return m.Name, true
	}
	// "I SAID TUESDAY. not Thursday. TUESDAY.": a correction shouted
	if t.Upper >= 0.5 && t.Letters >= 10 && textmatch.ContainsSeq(toks, "i", "said") {
		return "i told you", true
	}
	// "what part of 'the house is not for sale' is hard to understand" (the
	// quotation breaks the clause)
	if t.HasAny(partWord) {
		if i := textmatch.IndexSeq(toks, "what", "part", "of"); i >= 0 && slices.ContainsFunc(toks[i+3:], understandWords.Has) {
			return "exasperation", true
		}
	}
	// "¿qué parte de 'no tengo garage' no entiendes?" (not "no sé qué
	// parte de la póliza no entiendo": the lead's own)
	if t.HasAny(esPartWord) {
		if i := textmatch.IndexSeq(toks, "que", "parte", "de"); i >= 0 {
			// "no entiendes" said to the sender, close after it (not "mi
			// esposo no le entiende" in a question about the policy)
			for k := i + 4; k < len(toks) && k < i+14; k++ {
				if esUnderstandYou.Has(toks[k]) && toks[k-1] == "no" {
					return "es exasperation", true
				}
			}
		}
	}
	// shouting: mostly capitals over a real sentence, unless it shouts joy
	if t.Letters >= 10 && t.Upper >= 0.7 && len(t.Words()) >= 3 && !anyPositive(toks) && !calmCaps(t) && capsMarked(t) {
		return "shouting", true
	}
	// (not joy marked by its emoji: "OMG finally!!! the appraisal came
	// back at value 🎉")
	if t.Repeats > 0 && !anyPositive(toks) && !unsure(t) && !commits(t) && !strings.ContainsAny(raw, "🎉🥳🙌👏😍🤩🥰") {
		for k, w := range toks {
			// "omg hi", "omg yes": surprise in a greeting, not
			// exasperation
			if w == "omg" && k+1 < len(toks) && omgGlad.Has(toks[k+1]) {
				continue
			}
			if weakFrust.Has(w) {
				return "exasperation", true
			}
		}
	}
	return "", false
}

// accusationElsewhere: a lie or a robbery called out on someone else's
// words with no word of the sender before ("my tenant says he paid,
// that's a lie", "Geico wants $240, that is highway robbery"), a lie
// asked about in surprise ("you lying?? that's cheaper than I thought"),
// or on a condition ("what happens if u lied on the application?"). "$90
// to look at a faucet? that is highway robbery" and "you told me 180, that
// is a lie" are at the sender.
func accusationElsewhere(raw string, toks []string, m textmatch.Match) bool {
	if textmatch.Before(toks, m.Start, 6, textmatch.IfWords) {
		return true
	}
	if strings.Contains(strings.ToLower(raw), "lying?") {
		return true
	}
	// "my brother says you all are crooks lol": someone's saying, told
	// ("like I said, you guys are thieves" is the lead's own; "my
	// neighbor told me you guys are crooks" is not)
	for k := max(0, m.Start-3); k < m.Start; k++ {
		if m.Name == "accusation" && othersSay.Has(toks[k]) && !(k > 0 && (toks[k-1] == "i" || toks[k-1] == "we")) {
			return true
		}
	}
	if !slices.ContainsFunc(toks[m.Start:m.End], calledOut.Has) {
		return false
	}
	// the sender named anywhere before makes it the sender's ("the
	// contract says 150 and you promised 175, that's a lie", "you told me
	// 180 and now the paper says 140, that is a lie"); else someone's
	// saying shortly before makes it theirs
	if slices.ContainsFunc(toks[:m.Start], senderWords.Has) {
		return false
	}
	return slices.ContainsFunc(toks[max(0, m.Start-14):m.Start], othersSay.Has)
}

// exasperationDenied: a regret denied ("I don't regret calling you",
// "never regret choosing you") or "what do you want from us for the
// preapproval?", which asks what is needed.
func exasperationDenied(toks []string, m textmatch.Match) bool {
	// vexed with someone else, not the sender: "mi vex wid di bank, not
	// unno"
	if w := toks[m.End-1]; (w == "vex" || w == "vexed" || w == "bex") && m.End+1 < len(toks) && (toks[m.End] == "with" || toks[m.End] == "at") && !senderWords.Has(toks[m.End+1]) && toks[m.End+1] != "unno" && toks[m.End+1] != "yuh" {
		return true
	}
	if (toks[m.Start] == "regret" || toks[m.Start] == "regretted") && textmatch.Before(toks, m.Start, 3, textmatch.Negators) {
		return true
	}
	return toks[m.End-1] != "regret" && slices.Contains(toks[m.Start:m.End], "want") && m.End < len(toks) && (toks[m.End] == "for" || toks[m.End] == "to")
}

var (
	calledOut   = textmatch.NewSet("lie", "robbery")
	othersSay   = textmatch.NewSet("says", "said", "told", "wants", "quoted", "claims", "swears", "charges", "charged", "asking", "dice", "dijo")
	senderWords = textmatch.NewSet("you", "u", "yall", "ustedes")
)

// makeSenseLeadIns may come before "make it make sense" in its clause:
// "someone please make it make sense", "ok make it make sense".
var makeSenseLeadIns = textmatch.NewSet("please", "pls", "plz", "plss", "someone", "somebody", "like", "just", "now", "so", "ok", "okay")

// lostTail may follow "you lost a customer" in its clause: "forever",
// "for good", "right there", "over this"; notLost inside the match and
// sympathy before it take the loss back ("you haven't lost a customer",
// "sorry to hear you lost a client").
var (
	lostTail = textmatch.NewSet("forever", "for", "right", "now", "today", "over", "here", "there", "with", "because", "bc", "and", "any", "no",
		"gg", "lol", "period", "bro", "dude")
	notLost  = textmatch.NewSet("havent", "hasnt", "wont", "didnt", "not", "dont", "never", "wouldnt", "wouldve", "might", "could", "may")
	sympathy = textmatch.NewSet("sorry", "hear", "heard", "worry", "if")
)

// leadIsMad reports the "mad" at i said of the lead: "I'm mad", "I am so
// mad right now", "makes me mad", "we were mad at you", with nothing after
// it but the end of the clause, a time, or the sender ("mad at you guys",
// "mad you guys never showed"). The message must name the sender or be a
// single clause, and hold no word of delight: "I'm mad about the hail
// damage", "im so mad rn, the dog ate my sneakers", "don't get mad",
// "my tenants were mad" and "me mad? nah" do not count.
func leadIsMad(toks []string, i int) bool {
	j := i - 1
	for j >= 0 && madIntens.Has(toks[j]) {
		j--
	}
	if j < 0 || j > 0 && toks[j-1] == "not" {
		return false
	}
	switch toks[j] {
	case "im", "am":
	case "me":
		if j == 0 || !madMakers.Has(toks[j-1]) {
			return false
		}
	case "were":
		if j == 0 || toks[j-1] != "we" {
			return false
		}
	default:
		return false
	}
	if !senderIn(toks, 0, len(toks)) && slices.Contains(toks, textmatch.Break) || anyPositive(toks) {
		return false
	}
	if i+1 >= len(toks) || toks[i+1] == textmatch.Break || madTail.Has(toks[i+1]) {
		return true
	}
	n := i + 1
	if toks[n] == "at" {
		n++
	}
	return senderIn(toks, n, min(len(toks), n+1))
}

var (
	madIntens = textmatch.NewSet("so", "really", "very", "pretty", "kinda", "super", "getting", "lowkey", "actually", "honestly", "real", "hella")
	madMakers = textmatch.NewSet("makes", "made", "making")
	madTail   = textmatch.NewSet("rn", "right", "now", "because", "bc", "cuz", "af", "tbh", "ngl", "honestly")
)

// soDoneAtSender keeps "so done" that ends its clause or is said of the
// sender or of this exchange: "I'm so done", "so done with y'all", "so
// done con esto". "So done being a landlord" is a reason to sell and "so
// done with them" is about somebody else.
func soDoneAtSender(toks []string, m textmatch.Match) bool {
	k := m.End
	if k >= len(toks) || toks[k] == textmatch.Break {
		return true
	}
	if (toks[k] != "with" && toks[k] != "con") || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1] {
	case "you", "u", "yall", "ya", "ustedes", "esto":
		return true
	case "this", "that", "it":
		return k+2 >= len(toks) || toks[k+2] == textmatch.Break
	}
	return false
}

// recurringProblem reports "the Nth time" said of a problem, not of the
// sender: "3rd time this yr, all the original copper" counts leaks; "this
// is the third time, your portal says missing" counts the sender's asks.
// With no word of the exchange in the message (you, asked, sent...), it
// is the problem's.
func recurringProblem(toks []string, m textmatch.Match) bool {
	if m.Name != "how many times" || !ordinalTimes.Has(toks[m.Start]) {
		return false
	}
	// "for the third time: REFINANCE" opens a clause: the lead repeats
	// themself ("the AC broke for the third time" does not)
	if m.Start >= 2 && toks[m.Start-1] == "the" && toks[m.Start-2] == "for" && (m.Start == 2 || toks[m.Start-3] == textmatch.Break) {
		return false
	}
	for _, w := range toks {
		if exchangeWords.Has(w) {
			return false
		}
	}
	return true
}

// repairedBefore reports a repair or a breakdown in the clause before
// i: "been replaced twice", "broke twice already".
func repairedBefore(toks []string, i int) bool {
	return slices.ContainsFunc(toks[textmatch.ClauseStart(toks, i):i], repairVerbs.Has)
}

var repairVerbs = textmatch.NewSet("replaced", "fixed", "repaired", "serviced", "patched", "rebuilt", "reset", "broke", "broken",
	"failed", "died", "clogged", "tripped", "flooded", "leaked", "cambiado", "cambiaron", "arreglado", "arreglaron", "reparado", "repararon")

// frustrationAtSender keeps a match of frustRules that is aimed at the
// sender: not someone else's feeling ("my husband is fed up with our
// lender"), not a recurring problem or a dated report, disbelief only as
// a whole clause, not waiting on someone else.
func frustrationAtSender(toks []string, m textmatch.Match) bool {
	// "what a racket" of money asked or of the sender's work, not of
	// noise
	if m.Name == "racket" && !moneyOrSenderNamed(toks) {
		return false
	}
	return !otherSubject(toks, m.Start) && !recurringProblem(toks, m) && !datedReport(toks, m) &&
		// "per my last message, attaching the signed W-9": an office's
		// way of sending, not a complaint
		!(m.Name == "giving up" && toks[m.Start] == "per" && slices.ContainsFunc(toks[m.End:min(len(toks), m.End+4)], attachWords.Has) && !slices.Contains(toks, "again")) &&
		// "our team was fed up with our old CRM's reporting, which is
		// why we're evaluating you": a former tool
		!(m.Name == "fed up" && fedUpWithFormer(toks, m)) &&
		// "Are you fr right now? That's a great price!!": delight
		!(m.Name == "are you kidding" && slices.ContainsFunc(toks[m.Start:m.End], frWords.Has) && anyPositive(toks)) &&
		// "the igniter's been replaced twice already": a part that keeps
		// failing, not the lead asked twice
		!(m.Name == "asked again" && toks[m.Start] == "twice" && repairedBefore(toks, m.Start) &&
			!slices.ContainsFunc(toks[textmatch.ClauseStart(toks, m.Start):textmatch.ClauseEnd(toks, m.Start)], exchangeWords.Has)) &&
		// "I already sent my statements to Maria at the title company":
		// sent to someone else, a report
		!(m.Name == "i told you" && sentToOther(toks, m.End)) &&
		// "my brother and I have been going back and forth on selling": the
		// lead's own deliberation, not a hassle with the sender
		!(m.Name == "giving up" && toks[m.Start] == "back" && !slices.ContainsFunc(toks[textmatch.ClauseStart(toks, m.Start):textmatch.ClauseEnd(toks, m.Start)], senderPronoun.Has)) &&
		// "just what I needed" is sarcasm said of a day or of another
		// message ("otro mensaje automático. Justo lo que necesitaba
		// después de un turno de doce horas"), and thanks when it is one
		!(m.Name == "sarcasm" && (toks[m.Start] == "just" || toks[m.Start] == "justo") && !ironicNeed(toks, m)) &&
		// "la casa ahí sigue, como siempre": the place as usual
		!(m.Name == "sarcasm" && toks[m.Start] == "como" && (m.Start > 0 && stateAsUsual.Has(toks[m.Start-1]) ||
			m.Start > 1 && toks[m.Start-1] == textmatch.Break && stateAsUsual.Has(toks[m.Start-2]))) &&
		// "that's why I'm asking so many questions": the lead's own
		!(m.Name == "so many questions" && textmatch.Before(toks, m.Start, 2, askingWords)) &&
		// "I asked my sister twice", "asked my brother three times if he
		// wants in": someone of the lead's own was asked
		!((m.Name == "asked again" || m.Name == "how many times") && slices.ContainsFunc(toks[m.Start:m.End], askedOwn.Has)) &&
		// "signing these for the last time as a homeowner": the last time
		// of something, not a last warning
		!(m.Name == "how many times" && toks[m.Start] == "for" && m.End < len(toks) && (toks[m.End] == "as" || toks[m.End] == "in" || toks[m.End] == "ever")) &&
		// "quick q though: Shopify, yes or no?": a quick question of the
		// lead's own, asked once
		!(m.Name == "impatience" && toks[m.Start] == "yes" && (textmatch.ContainsSeq(toks, "quick", "q") || textmatch.ContainsSeq(toks, "quick", "que") || textmatch.ContainsSeq(toks, "quick", "question"))) &&
		// "yes or no." demands; "a quick yes or no question" asks
		!(m.Name == "impatience" && toks[m.Start] == "yes" && !(textmatch.ClauseStart(toks, m.Start) == m.Start && textmatch.ClauseEnd(toks, m.Start) == m.End ||
			m.Start > 0 && (toks[m.Start-1] == "just" || toks[m.Start-1] == "me"))) &&
		// "we lose a ton of leads after hours, nobody answers til
		// morning": the lead's own team, a pain to solve
		!(m.Name == "not listening" && slices.ContainsFunc(toks[max(0, m.Start-12):m.Start], ourTeam.Has)) &&
		// "my ex isn't helping with a thing", "he's not helping": someone
		// of the lead's own the subject, the sender unnamed
		!(m.Name == "not listening" && (toks[m.Start] == "not" || toks[m.Start] == "never") && thirdNotHelping(toks, m.Start)) &&
		!(m.Name == "disbelief" && (textmatch.ClauseEnd(toks, m.Start)-textmatch.ClauseStart(toks, m.Start) > 1 || anyPositive(toks))) &&
		!(m.Name == "taking forever" && (waitingOnOther(toks, m) || toldByOther(toks, m.Start))) &&
		// "Lord give me strength, my grandkids are visiting all week": a
		// plea at the lead's own day unless a complaint is in the message
		!(m.Name == "strength asked" && !slices.ContainsFunc(toks, complaintCues.Has)) &&
		// "the doctor's office had me on hold 40 minutes today, so this is a
		// nice change": another office's wait, the sender praised
		!(m.Name == "taking forever" && (textmatch.ContainsSeq(toks, "nice", "change") || textmatch.ContainsSeq(toks, "refreshing", "change"))) &&
		// "knock it off the price", "¿así trabajan ustedes, con contrato de
		// 6 meses?": a demand or a question must end its clause
		!(m.Name == "exasperation" && (toks[m.Start] == "knock" || toks[m.Start] == "asi") && !endsClauseAfter(toks, m.End)) &&
		// "while he told me I was wasting my time", "the social worker
		// explained it to me twice": someone else's words to the lead
		!(m.Name == "waste of time" && toldByOther(toks, m.Start)) &&
		!(m.Name == "asked again" && othersTold(toks, m.Start, m.End)) &&
		// "my neighbor mows at 6am, who does that": asked of someone else
		!(m.Name == "who does that" && !senderIn(toks, 0, m.Start) && !slices.ContainsFunc(toks[:m.Start], esSenderWords.Has)) &&
		// "I'm not done being patient", "the seller's patience is running
		// out": not done, or someone else's patience; "enough beating
		// around the bush, I'll be straight": the lead's own directness
		!(m.Name == "exasperation" && (toks[m.Start] == "done" || toks[m.Start] == "patience") && m.Start > 0 && !patienceLeadIns.Has(toks[m.Start-1])) &&
		!(m.Name == "exasperation" && slices.Contains(toks[m.Start:m.End], "bush") && slices.ContainsFunc(toks[m.End:min(len(toks), m.End+6)], beStraight.Has)) &&
		// ("you had the nerve" is no praise, whatever else is said)
		!(m.Name == "exasperation" && toks[m.Start] == "you" && anyPositive(toks) && !slices.Contains(toks[m.Start:m.End], "nerve")) &&
		// "get it together" told to the sender ("you people need to get it
		// together", "Get it together."), not the lead's own gathering ("I'll
		// get it together by Friday", "can you get it together for me?")
		!(m.Name == "exasperation" && toks[m.Start] == "get" && m.Start+1 < len(toks) && toks[m.Start+1] == "it" &&
			slices.ContainsFunc(toks[textmatch.ClauseStart(toks, m.Start):m.Start], gatherSubject.Has)) &&
		// "i never applied for nothing": a double negative ("for
		// anything"), not "thanks for nothing"
		!(m.Name == "sarcasm" && toks[m.Start] == "for" && m.End-m.Start == 2 && slices.ContainsFunc(toks[textmatch.ClauseStart(toks, m.Start):m.Start], textmatch.Negators.Has)) &&
		// "wow, just wow, the kitchen looks amazing": amazed, not appalled;
		// "van tres visitas y todo quedó perfecto": counted with thanks
		!(m.Name == "sarcasm" && toks[m.Start] == "wow" && slices.ContainsFunc(toks, wowPraise.Has)) &&
		!(m.Name == "exasperation" && countedTries.Has(toks[m.End-1]) && slices.ContainsFunc(toks, wowPraise.Has)) &&
		// "Qué conveniente, el sábado tengo libre": sincere when more
		// follows; the ironic one closes the message
		!(m.Name == "exasperation" && toks[m.Start] == "que" && m.End-m.Start >= 2 && toks[m.Start+1] == "conveniente" && m.End < len(toks)) &&
		// "¿Es la tercera visita gratis o se cobra?": a question of price
		!(m.Name == "asked again" && countedTries.Has(toks[m.End-1]) && (slices.ContainsFunc(toks, wowPraise.Has) || slices.Contains(toks, "gratis") || slices.Contains(toks, "free"))) &&
		// "mi mamá me llamó justo para eso, qué casualidad": a real
		// coincidence, told with no word of the sender
		!(m.Name == "sarcasm" && toks[m.Start] == "que" && !senderIn(toks, 0, len(toks)) && !slices.ContainsFunc(toks, esSenderWords.Has)) &&
		// "been stalking zillow for like a year": the lead's own browsing
		!(m.Name == "harassment" && toks[m.Start] == "stalking" && m.Start > 0 && (toks[m.Start-1] == "been" || toks[m.Start-1] == "im" || toks[m.Start-1] == "was")) &&
		// "Shameful." on its own, or said of the sender ("your customer
		// service is shameful"); not "the state of the house is shameful"
		!(m.Name == "exasperation" && (toks[m.Start] == "shameful" || toks[m.Start] == "disgraceful") && !shameAtSender(toks, m.Start)) &&
		// "the harassment training", "our harassment policy": a subject of
		// training or policy, not a complaint
		!(m.Name == "harassment" && m.End < len(toks) && topicNouns.Has(toks[m.End])) &&
		// "sí que son chistosos, me encantó el video": playful, with praise
		!(m.Name == "sarcasm" && (toks[m.Start] == "si" || toks[m.Start] == "que") && slices.ContainsFunc(toks, esPraise.Has)) &&
		// "could you explain it slowly? I'm a retired mailman": a polite
		// request, asked
		!(m.Name == "exasperation" && (toks[m.Start] == "explain" || toks[m.Start] == "say" || toks[m.Start] == "type") && textmatch.Before(toks, m.Start, 3, politeAsk)) &&
		// "the house actually looks good for once": praise
		!(m.Name == "exasperation" && toks[m.Start] == "for" && anyPositive(toks[textmatch.ClauseStart(toks, m.Start):m.Start])) &&
		// "I was so confused con el deductible pero ya lo entendí,
		// gracias": a confusion past and cleared up
		!(m.Name == "exasperation" && slices.Contains(toks[m.Start:m.End], "confused") && m.Start > 0 && (toks[m.Start-1] == "was" || toks[m.Start-1] == "were") &&
			clearedAfter(toks, m.End)) &&
		// "our ticket volume is getting out of hand": the lead's own
		// problem, the need to solve
		!(m.Name == "getting annoying" && textmatch.Before(toks, m.Start, 4, ownWords) && !senderIn(toks, textmatch.ClauseStart(toks, m.Start), m.Start)) &&
		// "property taxes went up to 6800, it's getting ridiculous": a
		// thing the lead pays or puts up with, named just before
		!(m.Name == "getting annoying" && thingJustBefore(toks, m.Start)) &&
		!(m.Name == "exasperation" && toks[m.Start] == "thanks" && positiveBesidesThanks(toks)) &&
		!(toks[m.Start] == "forget" && (negated(toks, nil, m.Start, 2) || m.End < len(toks) && (toks[m.End] == "is" || toks[m.End] == "was"))) &&
		!(m.Name == "enough already" && toks[m.Start] == "that" && m.End < len(toks) && toks[m.End] != textmatch.Break) &&
		!(toks[m.Start] == "pay" && m.End < len(toks) && toks[m.End] != textmatch.Break &&
			!(toks[m.End] == "to" && m.End+1 < len(toks) && (toks[m.End+1] == "what" || toks[m.End+1] == "me" || toks[m.End+1] == "my")))
}

// intensified are adjectives "awful" may intensify: "awful small",
// "awful nice of you".
var intensified = textmatch.NewSet("small", "big", "nice", "kind", "sweet", "long", "early", "late", "quiet", "good", "close", "far", "hot", "cold",
	"busy", "tight", "quick", "slow", "tiny", "high", "low", "pricey", "expensive", "hard", "tempting")

// whereWorst after "worst" tells where or when a problem is worst.
var whereWorst = textmatch.NewSet("on", "in", "at", "upstairs", "downstairs", "when", "during", "after", "before", "first", "right", "near", "by")

// gatherSubject are words before "get it together" that make it the lead
// gathering something, or a request, rather than a rebuke.
var gatherSubject = textmatch.NewSet("i", "ill", "im", "we", "well", "were", "lets", "me", "us", "can", "could", "will", "gonna", "try", "trying", "should")

// ironicNeed reports "just what I needed" said of a day or a message of
// the sender's, with no thanks after it: "another automated text. just
// what I needed today"; "just what I needed, thanks for the list" is
// thanks.
func ironicNeed(toks []string, m textmatch.Match) bool {
	for k := m.End; k < len(toks) && k < m.End+5; k++ {
		if thanksWords.Has(toks[k]) {
			return false
		}
	}
	if m.End < len(toks) && (toks[m.End] == "today" || toks[m.End] == "hoy") {
		return true
	}
	return slices.ContainsFunc(toks, sentThings.Has)
}

var (
	thanksWords = textmatch.NewSet("thanks", "thank", "thx", "ty", "gracias", "appreciate")
	// a message of the sender's, named in a sarcastic complaint
	sentThings = textmatch.NewSet("text", "texts", "message", "messages", "msg", "email", "reminder", "mensaje", "mensajes", "texto", "textos", "correo", "recordatorio")
)

// sentToOther reports "to" and someone not the sender in the clause
// after i: "sent my statements to Maria".
func sentToOther(toks []string, i int) bool {
	for k := i; k+1 < len(toks) && toks[k] != textmatch.Break; k++ {
		if toks[k] == "to" {
			return !senderPronoun.Has(toks[k+1])
		}
	}
	return false
}

// stateAsUsual is what "como siempre" follows when it tells of a state:
// "ahí sigue, como siempre".
var stateAsUsual = textmatch.NewSet("esta", "estan", "sigue", "siguen", "igual", "bien")

// askedOwn are the people of the lead's own asked twice: "I asked my
// sister twice", "told him twice".
var askedOwn = textmatch.NewSet("him", "her", "them", "sister", "brother", "wife", "husband", "mom", "dad", "mother", "father",
	"son", "daughter", "partner", "boss", "lawyer", "tenant", "tenants", "kids", "family", "uncle", "aunt", "cousin", "friend")

// ourTeam before "nobody answers" makes it the lead's own business.
var ourTeam = textmatch.NewSet("we", "our", "us", "nuestro", "nuestra", "nosotros", "tenemos", "perdemos")

// esInterjections may open a clause before "me está volviendo loca".
var esInterjections = textmatch.NewSet("ya", "ay", "uy", "oye", "mira", "ve", "neta", "pues", "la", "verdad", "en", "serio", "hijole", "chale", "uf")

// esOwnPeople are people of the lead's own named with an article: "los
// niños", "el perro", "mi suegra".
var esOwnPeople = textmatch.NewSet("ninos", "ninas", "hijos", "hijas", "nietos", "chamacos", "chamacas", "kids", "perro", "perros", "suegra", "suegro",
	"esposo", "esposa", "marido", "vecinos", "vecino", "vecina", "inquilinos", "jefe", "jefa")

// ownOrThis open the lead's own or this-here thing: "mi ex", "esta casa".
var ownOrThis = textmatch.NewSet("mi", "mis", "esta", "este", "estos", "estas", "nuestro", "nuestra", "nuestros", "nuestras")

// spanishFrustrationAtSender is frustrationAtSender for the Spanish
// rules: not fed up with someone of the lead's own ("estoy harta de mis
// inquilinos") nor with a situation ("cansado de ser landlord", a reason
// to sell), not negated, not a swear of delight.
func spanishFrustrationAtSender(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	// "no es justo" is "not fair", not "not exactly": "no es justo lo que
	// buscamos", "no es justo en el centro"
	// "¿qué tan difícil es mandar la solicitud?" asks how hard
	if m.Name == "es exasperation" && toks[m.Start] == "tan" && m.Start > 0 && toks[m.Start-1] == "que" {
		return false
	}
	if m.Name == "es exasperation" && toks[m.End-1] == "justo" && notExactly(toks, m.End) {
		return false
	}
	// "la casa está fatal": the state of the place, not of the lead; "me
	// dio coraje lo que hizo el otro contratista, pero ya pasó": a past
	// anger at someone else
	if m.Name == "es swear" && (textmatch.Before(toks, m.Start, 3, esPlace) || slices.Contains(toks, "paso") && slices.Contains(toks, "otro")) {
		return false
	}
	// "el control de stock lo llevamos fatal": how the lead's own work
	// goes, the need to solve
	if m.Name == "es swear" && toks[m.Start] == "fatal" && textmatch.Before(toks, m.Start, 3, ownGoing) {
		return false
	}
	fedUp := m.Name == "es fed up" || m.Name == "es exasperation"
	if fedUp && otherSubject(toks, m.Start) {
		return false
	}
	// "estoy bien cansada hoy del trabajo, mañana le mando las fotos":
	// tired from a day's work, not fed up with the sender
	// (not "ya me cansé de su trabajo mediocre": the sender's work)
	if m.Name == "es fed up" && textmatch.After(toks, m.End-1, 4, tiredFrom) && !slices.ContainsFunc(toks, senderWorkWords.Has) {
		return false
	}
	// "la otra compañía me dejó plantado dos veces, por eso les escribo":
	// another firm ("el otro día ustedes me dejaron plantado" is this one)
	if m.Name == "es stood up" && otherFirmBefore(toks, m.Start) {
		return false
	}
	// "llevo tres veces que le pregunto a mi esposo": asked someone of
	// the lead's own; "mis inquilinos son unos descarados": someone else's
	// nerve
	if m.Name == "es asked again" && ownAddressee(toks, m.End) ||
		m.Name == "es swear" && strings.HasPrefix(toks[m.Start], "descar") && otherSubject(toks, m.Start) {
		return false
	}
	// "los niños me están volviendo loca": someone named before drives
	// the lead mad, not the sender
	// (or after it: "me está volviendo loca esa casa")
	if m.Name == "es exasperation" && (toks[m.Start] == "me" || toks[m.Start] == "nos") {
		cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
		own := func(w string) bool { return ownOrThis.Has(w) || esOwnPeople.Has(w) || w == "ese" || w == "esa" }
		if (slices.ContainsFunc(toks[cs:m.Start], own) || slices.ContainsFunc(toks[m.End:ce], own)) && !esSenderRef(toks, cs, ce) {
			return false
		}
		// one subject ("me está volviendo loca"): the sender only when
		// nothing but an interjection names it ("la mudanza me está
		// volviendo loca" is the move)
		if m.Start+1 < len(toks) && (toks[m.Start+1] == "esta" || toks[m.Start+1] == "tiene") &&
			slices.ContainsFunc(toks[cs:m.Start], func(w string) bool { return !esInterjections.Has(w) }) && !esSenderRef(toks, cs, ce) {
			return false
		}
	}
	// "esta casa me tiene harto con tantas reparaciones", "mi ex me tiene
	// harta, por eso vendo": the lead's own place or people wear them out
	if fedUp && (toks[m.Start] == "me" || toks[m.Start] == "nos") {
		cs := textmatch.ClauseStart(toks, m.Start)
		if slices.ContainsFunc(toks[cs:m.Start], ownOrThis.Has) && !esSenderRef(toks, cs, textmatch.ClauseEnd(toks, m.Start)) {
			return false
		}
	}
	// "estoy cansado ya de ser casero": what the lead is tired of comes
	// after the "ya"
	if fedUp && m.End+1 < len(toks) && toks[m.End] == "ya" && (toks[m.End+1] == "de" || toks[m.End+1] == "del") {
		m.End++
	}
	// "ya estamos cansados del landlord", "harta de pagar renta": the
	// lead's own lot, a reason to buy or sell
	if fedUp && m.End+1 < len(toks) && (toks[m.End] == "del" || toks[m.End] == "de") && ownLot.HasAnyToken(toks, t.IDs, m.End+1, min(len(toks), m.End+4)) &&
		!esSenderRef(toks, m.End, textmatch.ClauseEnd(toks, m.End)) {
		return false
	}
	// "unas cucarachas en la cocina que me tienen loca": a thing of the
	// lead's own drives them mad, not the sender
	// ("posta que me tienen harto", "la neta que me tienen harta": only
	// an oath before the "que", the sender meant)
	// (an oath ends the clause with the match: "te juro que me tienen
	// loca las cucarachas" still names a thing of the lead's after it)
	if cs := textmatch.ClauseStart(toks, m.Start); fedUp && m.Start >= 2 && toks[m.Start-1] == "que" && !esSenderRef(toks, cs, m.Start) &&
		!(m.Start-1 > cs && !slices.ContainsFunc(toks[cs:m.Start-1], func(w string) bool { return !esOaths.Has(w) }) && oathTailAtSender(toks, m)) {
		return false
	}
	// "estoy furioso con el Olimpia, perdieron otra vez": angry at a
	// team or a person the message names, not at the sender
	if fedUp && m.End+2 < len(toks) && toks[m.End] == "con" && esArticles.Has(toks[m.End+1]) && !esSenderThings.Has(toks[m.End+2]) &&
		!esServiceWords.Has(toks[m.End+2]) && !esSenderRef(toks, m.End, textmatch.ClauseEnd(toks, m.End)) && !senderIn(toks, m.End, textmatch.ClauseEnd(toks, m.End)) {
		return false
	}
	if m.Name == "es fed up" && m.End+1 < len(toks) && toks[m.End] == "de" && esSituation.Has(toks[m.End+1]) {
		return false
	}
	// fed up with doing something of the lead's own: "estoy harta de
	// pagar renta, por eso quiero comprar" is a reason, as "tired of
	// renting" is ("harto de esperar", "de que me escriban" stay)
	if fedUp && m.End+1 < len(toks) && toks[m.End] == "de" && esInfinitive(toks[m.End+1]) && !esSenderVerbs.Has(toks[m.End+1]) &&
		!esSenderVerbs.Has(esInfinitiveStem(toks[m.End+1])) &&
		!textmatch.After(toks, m.End+2, 4, esRepeated) {
		return false
	}
	// tired of the tenants: "ya me cansé de los inquilinos"
	if m.Name == "es fed up" && m.End+2 < len(toks) && toks[m.End] == "de" && (toks[m.End+1] == "los" || toks[m.End+1] == "las") && esSituation.Has(toks[m.End+2]) {
		return false
	}
	if fedUp && m.End < len(toks) && (toks[m.End] == "mi" || toks[m.End] == "mis" ||
		m.End+1 < len(toks) && (toks[m.End] == "de" || toks[m.End] == "con") && (toks[m.End+1] == "mi" || toks[m.End+1] == "mis")) {
		return false
	}
	// "qué coraje con esa gente" after a story of the bank: anger at
	// people over there, not the sender
	if (fedUp || m.Name == "es swear") && m.End+1 < len(toks) && toks[m.End] == "con" && esThoseOnes.Has(toks[m.End+1]) &&
		!esSenderRef(toks, textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.End)) {
		return false
	}
	// nobody answers someone else: "los leads se enfrían, nadie les
	// contesta rápido" is the lead's own customers' problem; nor does
	// nobody know who comes ("nadie sabe quién viene": the lead's own
	// mess)
	// "no, nadie vino. I was home all day": a no-show reported calmly
	if m.Name == "es nobody answers" && toks[m.Start] == "nadie" && m.Start+1 < len(toks) && noShowVerbs.Has(toks[m.Start+1]) && t.WordCount() <= 10 {
		return false
	}
	// "nadie da la cara" of the sender, not of the family or the
	// government
	if m.Name == "es nobody answers" && m.Start+2 < len(toks) && toks[m.End-1] == "cara" && !moneyOrSenderNamed(toks) {
		return false
	}
	// "mi esposo y yo estamos molestos porque el inquilino no paga": upset
	// at someone else, named as the cause
	if m.Name == "es fed up" && !senderIn(toks, 0, len(toks)) && !slices.ContainsFunc(toks, esSenderWords.Has) {
		for k := m.End; k+1 < len(toks) && k < m.End+4 && toks[k] != textmatch.Break; k++ {
			if (toks[k] == "porque" || toks[k] == "con" || toks[k] == "por") && slices.ContainsFunc(toks[k+1:min(len(toks), k+4)], otherParty.Has) {
				return false
			}
		}
	}
	if m.Name == "es nobody answers" && toks[m.Start] == "nadie" {
		for k := m.Start + 1; k < m.End; k++ {
			if toks[k] == "les" || toks[k] == "los" || toks[k] == "las" || toks[k] == "sabe" || toks[k] == "saben" {
				return false
			}
		}
	}
	// "antes de que nos suban otra vez la renta": what may happen again,
	// not a complaint
	// "me eligieron otra vez porque nadie más quiere el puesto": chosen
	// again, no complaint
	if m.Name == "es again" && toks[m.Start] == "otra" && textmatch.Before(toks, m.Start, 2, chosenAgain) {
		return false
	}
	if m.Name == "es again" && textmatch.Before(toks, m.Start, 6, esBefore) {
		return false
	}
	// "el aire no sirve desde agosto, ya nos cansamos": tired of the place,
	// a reason to sell, when nothing names the sender
	if m.Name == "es fed up" && textmatch.ClauseEnd(toks, m.Start) == m.End && !senderIn(toks, 0, len(toks)) &&
		!slices.ContainsFunc(toks, esSenderWords.Has) && slices.ContainsFunc(toks, placeProblems.Has) {
		return false
	}
	// the lead's own sending again: "ahí le mando la foto otra vez por si
	// no le llegó"
	if m.Name == "es again" && toks[m.Start] == "otra" && textmatch.Before(toks, m.Start, 5, esOwnSend) {
		return false
	}
	// asked to explain or say it again: "¿Me puede explicar otra vez lo
	// del deducible? No le entendí bien."
	if m.Name == "es again" && toks[m.Start] == "otra" && m.Start > 0 && (esRepeatAsk.Has(toks[m.Start-1]) ||
		esRepeatVerbs.Has(toks[m.Start-1]) && textmatch.Before(toks, m.Start-1, 2, esCanYou)) {
		return false
	}
	// someone else's words, reported: 'mi abuela dice que "esto es un
	// robo" about every price' (not "dice que ustedes son unos rateros")
	if q := esReportedWords(toks, m.Start); q >= 0 && !esSenderRef(toks, q, textmatch.ClauseEnd(toks, m.Start)) {
		return false
	}
	// someone else's nerve: "el descaro de mi ex"; "no me jodas" in glad
	// surprise: "no me jodas, ¿ya? qué buena noticia"
	if m.Name == "es swear" && strings.HasPrefix(toks[m.Start], "descar") && m.End < len(toks) && (toks[m.End] == "de" || toks[m.End] == "del") &&
		!esSenderRef(toks, m.End, textmatch.ClauseEnd(toks, m.End)) ||
		m.Name == "es exasperation" && toks[m.Start] == "no" && strings.HasPrefix(toks[m.End-1], "jod") && anyPositive(toks) {
		return false
	}
	// a thing that broke again, no word of the sender: "la bomba del pozo
	// se quemó otra vez anoche" (the repair is asked for, not a complaint)
	if m.Name == "es again" && toks[m.Start] == "otra" && textmatch.Before(toks, m.Start, 3, brokeVerbs) && !senderIn(toks, 0, len(toks)) && !slices.ContainsFunc(toks, esSenderWords.Has) &&
		!slices.ContainsFunc(toks, repeatServiceWords.Has) && !textmatch.ContainsSeq(toks, "y", "nada") && !textmatch.ContainsSeq(toks, "mal", "servicio") {
		return false
	}
	// "la otra vez" is last time, not again: "la otra vez vino un técnico"
	if m.Name == "es again" && toks[m.Start] == "otra" && m.Start > 0 && toks[m.Start-1] == "la" {
		return false
	}
	return !negated(toks, t.IDs, m.Start, 2) && !(m.Name == "es swear" && anyPositive(toks))
}

// otherFirmBefore reports "otra", "otro" or "anterior" in the clause
// before i, not as a time ("el otro día", "la otra semana"), and no word
// of the sender there: "la otra compañía me dejó plantado".
func otherFirmBefore(toks []string, i int) bool {
	cs := textmatch.ClauseStart(toks, i)
	if esSenderRef(toks, cs, i) {
		return false
	}
	for k := cs; k < i; k++ {
		if (toks[k] == "otra" || toks[k] == "otro" || toks[k] == "anterior") && !(k+1 < len(toks) && esTimeWords.Has(toks[k+1])) {
			return true
		}
	}
	return false
}

var esTimeWords = textmatch.NewSet("dia", "dias", "vez", "veces", "semana", "mes", "ano", "rato")

// ownAddressee reports "a mi", "a mis" or "al" after i in its clause: the
// lead asked someone of its own ("que le pregunto a mi esposo").
func ownAddressee(toks []string, i int) bool {
	for k := i; k+1 < len(toks) && toks[k] != textmatch.Break; k++ {
		if toks[k] == "a" && (toks[k+1] == "mi" || toks[k+1] == "mis") {
			return true
		}
	}
	return false
}

// esReportedWords returns the index of the "que" of a "dice que" or
// "dijo que" said by one of the lead's own people ("mi abuela", "mis
// tíos", a "mi" or "mis" in the three words before the verb) in the six
// tokens before i, or -1: 'mi abuela dice que "esto es un robo"'. The
// words reported may open a clause of their own right after the "que"
// (the quotation breaks it); no other clause break is crossed, so "me
// dijeron que venían. Qué descaro" is the lead's own.
func esReportedWords(toks []string, i int) int {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k] == textmatch.Break {
			if toks[k-1] != "que" {
				return -1
			}
			continue
		}
		if toks[k] == "que" && esSays.Has(toks[k-1]) {
			for j := k - 2; j >= 0 && j >= k-4 && toks[j] != textmatch.Break; j-- {
				if toks[j] == "mi" || toks[j] == "mis" {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

var esSays = textmatch.NewSet("dice", "dicen", "dijo", "dijeron", "decia", "decian", "diciendo")

// esRepeatAsk ask for something again ("explícame otra vez",
// "repítame otra vez"); esRepeatVerbs do after "puede" or "podría"
// ("¿me puede explicar otra vez?"), not on their own ("¿van a mandar
// otra vez al mismo técnico?" complains).
var (
	esRepeatAsk = textmatch.NewSet("explica", "explique", "expliquen", "explicame", "expliqueme", "repite", "repita", "repitan",
		"repiteme", "repitame", "dime", "digame", "mandame", "mandeme", "enviame", "envieme")
	esRepeatVerbs = textmatch.NewSet("explicar", "explicarme", "repetir", "repetirme", "decirme", "mandar", "mandarme", "enviar",
		"enviarme", "revisar", "checar", "ver", "verlo", "verla", "mirar", "hablar", "hablarlo", "conversar", "conversarlo", "intentar", "calcular")
	esCanYou = textmatch.NewSet("puede", "pueden", "podria", "podrian", "puedes", "podrias", "podes", "podemos", "podriamos")
)

// commits reports a commitment phrase in t ("sign me up", "let's do
// it").
func commits(t textmatch.Text) bool {
	l, _, h := textmatch.Commitment(t)
	return l >= 2 && !h
}

var (
	// "antes de que", "before": a clause of what may happen
	esBefore = textmatch.NewSet("antes", "before")
	// the place and its problems: a lead tired of them wants to sell
	placeProblems = textmatch.NewSet("foundation", "roof", "techo", "aire", "casa", "house", "cracks", "grietas", "goteras",
		"leaks", "plomeria", "tuberia", "cimientos", "repairs", "reparaciones", "inquilinos", "tenants")
)

// thingJustBefore reports a thing noun (taxes, the noise, the leak) in
// the clause of i, or in the clause before when i's clause opens with
// "it" or "that", and no word of the sender in either.
func thingJustBefore(toks []string, i int) bool {
	cs := withAntecedent(toks, textmatch.ClauseStart(toks, i))
	return slices.ContainsFunc(toks[cs:i], thingNouns.Has) && !senderIn(toks, cs, textmatch.ClauseEnd(toks, i))
}

// withAntecedent returns cs, the start of a clause, or the start of the
// clause before when cs opens with a pronoun pointing back to it: "it's
// getting ridiculous", "that's insane".
func withAntecedent(toks []string, cs int) int {
	if cs > 1 && pointsBack.Has(toks[cs]) {
		return textmatch.ClauseStart(toks, cs-2)
	}
	return cs
}

var pointsBack = textmatch.NewSet("it", "its", "that", "thats", "this")

// othersNearer reports that, looking back from i, someone of the lead's
// own or another firm's is named before any word of the sender: "the
// other roofer took my deposit, I was so angry with him", "you guys were
// great, my husband forgot to sign, I'm annoyed with him" ("your agent
// Mike never showed, I'm upset with him" is at the sender's own).
func othersNearer(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		switch {
		case senderWords.Has(toks[k]) || toks[k] == "your" || toks[k] == "ur":
			return false
		case ownPeopleNouns.Has(toks[k]):
			return true
		}
	}
	return false
}

var ownPeopleNouns = textmatch.NewSet("husband", "wife", "son", "daughter", "mom", "dad", "brother", "sister", "ex", "tenant",
	"roofer", "contractor", "plumber", "landlord", "neighbor", "neighbour", "boss", "partner", "lawyer", "cousin", "uncle", "aunt")

// angerWords are feelings that "with him" or "at her" may aim at someone
// else.
var angerWords = textmatch.NewSet("angry", "furious", "livid", "pissed", "upset", "frustrated", "annoyed", "mad")

// skyWords are the weather proper, which may be told a clause before its
// verdict; weatherWords add the season and the times ("traffic", "el
// tiempo"), which only count in the verdict's own clause. Both name what
// a lead may curse without any anger at the sender.
var (
	skyList = []string{"hail", "storm", "storms", "weather", "winter", "snow", "rain", "flood", "flooding", "hurricane",
		"tornado", "wind", "winds", "drought", "freeze", "heat", "granizo", "tormenta", "nieve", "lluvia", "huracan", "calor"}
	skyWords     = textmatch.NewSet(skyList...)
	weatherWords = textmatch.NewSet(append([]string{"summer", "traffic", "economy", "market", "clima", "tiempo", "trafico", "economia"}, skyList...)...)
)

// noShowVerbs report that nobody came: "nadie vino", "nobody showed".
var noShowVerbs = textmatch.NewSet("vino", "llego", "aparecio", "came", "showed")

// esInfinitive reports a Spanish infinitive: "pagar", "vivir", "ser".
func esInfinitive(w string) bool {
	w = esInfinitiveStem(w)
	return len(w) > 3 && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")) || w == "ser" || w == "ir"
}

// esInfinitiveStem takes an object pronoun off an infinitive: "pagarle"
// is "pagar", "escribirles" "escribir", "arreglarla" "arreglar"; other
// words come back as they are.
func esInfinitiveStem(w string) string {
	for _, c := range []string{"les", "los", "las", "nos", "le", "lo", "la", "me", "te", "se"} {
		if st, ok := strings.CutSuffix(w, c); ok && len(st) > 3 && (strings.HasSuffix(st, "ar") || strings.HasSuffix(st, "er") || strings.HasSuffix(st, "ir")) {
			return st
		}
	}
	return w
}

// esSenderVerbs are what the sender does or makes the lead do: "harto de
// esperar", "harta de repetir lo mismo".
var esSenderVerbs = textmatch.NewSet("esperar", "recibir", "escuchar", "leer", "repetir", "explicar", "contestar", "responder",
	"llamar", "escribir", "decir", "mandar", "enviar", "insistir", "perder", "subir", "llenar", "mandarles", "darles")

// esRepeated says a thing is done over: "harta de subir los mismos
// papeles", "de llenar otra vez el formulario".
var esRepeated = textmatch.NewSet("mismo", "misma", "mismos", "mismas", "otra", "nuevo")

// laughs reports laughter written out: "haha", "jaja", "lol", "lmao".
func laughs(raw string) bool {
	l := strings.ToLower(raw)
	return strings.Contains(l, "haha") || strings.Contains(l, "jaja") || strings.Contains(l, "lol") || strings.Contains(l, "lmao")
}

// positiveBesidesThanks reports a word of delight other than the thanks
// itself: "thanks a lot for the quick reply" is thanks, "thanks a LOT for
// the surprise hard pull" is sarcasm.
func positiveBesidesThanks(toks []string) bool {
	for k, w := range toks {
		if w != "thanks" && w != "thank" && positiveAt(toks, k) {
			return true
		}
	}
	return false
}

// faces reports a laughing face (😂 🤣 😆 😅) and an angry or eye-rolling
// one (🙄 😤 😡 🤬 😠) in raw. They are four-byte runes, so a message with
// no 0xF0 byte has neither: the common case costs one byte scan.
func faces(raw string) (laughing, angry bool) {
	if strings.IndexByte(raw, 0xF0) < 0 {
		return false, false
	}
	for _, r := range raw {
		switch r {
		case '😂', '🤣', '😆', '😅':
			laughing = true
		case '🙄', '😤', '😡', '🤬', '😠', '🙃', '🤦':
			angry = true
		}
	}
	return laughing, angry
}

// ownMishap are the words of a slip of the lead's own: "no pude
// entrar", "se me cayó el internet", "I forgot".
var ownMishap = textmatch.NewSet("pude", "pudimos", "couldnt", "olvide", "forgot", "oops", "cayo", "accidentally", "missed", "perdi")

// exchangeNouns name the exchange itself: "third text today 🙃".
// exchangeGerunds are the lead's side of the exchange: "the third time
// I'm sending the address"
// triedVerbs name the lead's own tries with the sender, which a count
// of times is about: "third time I've sent my DD-214", "the fourth time I
// have provided my policy number" (not "the inspector failed us for the
// third time").
var triedVerbs = textmatch.NewSet("sent", "send", "asked", "ask", "provided", "told", "gave", "given", "emailed", "uploaded", "faxed",
	"explained", "texted", "submitted", "mailed", "repeated")

var exchangeGerunds = textmatch.NewSet("sending", "asking", "texting", "explaining", "writing", "telling", "giving", "repeating", "answering", "calling", "emailing", "uploading")

var exchangeNouns = textmatch.NewSet("text", "texts", "message", "messages", "call", "calls", "email", "emails", "mensaje", "mensajes", "llamada", "llamadas", "reminder", "reminders")

// wryOnly reports a message whose only cross faces are wry ones (🙃,
// 🤦): they laugh at a mishap as often as they complain.
func wryOnly(raw string) bool {
	return !strings.ContainsAny(raw, "🙄😤😡🤬😠")
}

// waitingOnOther reports "still waiting on the bank", "still waiting on
// el appraisal": a status about someone else, not impatience with the
// sender ("still waiting on your callback", "still waiting. STILL." are).
func waitingOnOther(toks []string, m textmatch.Match) bool {
	k := m.End
	// "still waiting to hear back on the application": from someone else,
	// unless it names the sender ("to hear back from you guys")
	if k+2 < len(toks) && toks[k] == "to" && toks[k+1] == "hear" {
		return !textmatch.After(toks, k+2, 4, senderPronoun)
	}
	if k+1 >= len(toks) || toks[k] != "on" && toks[k] != "for" {
		return false
	}
	n := toks[k+1]
	if n == "the" && k+2 < len(toks) && (toks[k+2] == "tech" || toks[k+2] == "technician" || toks[k+2] == "callback" || toks[k+2] == "quote" || toks[k+2] == "refund") {
		return false
	}
	// "still waiting on the thing I actually asked for": what the lead
	// asked the sender for
	// ("... the appraisal I ordered from the bank" names the bank)
	if n == "the" && askedOfSender(toks, k+1) {
		return false
	}
	return waitOthers.Has(n)
}

// shameAtSender reports "shameful" at i said of the sender or of the
// wait: a clause of its own ("Shameful."), "that's shameful", "it is
// shameful", or with the sender named before it in its clause ("your
// customer service is shameful"); not "the state of the house is
// shameful" nor "shameful what happened to the neighborhood".
func shameAtSender(toks []string, i int) bool {
	cs, ce := textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i)
	switch {
	case cs == i && ce == i+1:
		return true
	case i > 0 && toks[i-1] == "thats", i >= 2 && toks[i-1] == "is" && cs == i-2 && (toks[i-2] == "it" || toks[i-2] == "that" || toks[i-2] == "this"):
		return true
	}
	return senderIn(toks, cs, i) || slices.ContainsFunc(toks[cs:i], senderThings.Has)
}

// senderThings name the sender's side: "your customer service is
// shameful", "the company is disgraceful"
var senderThings = textmatch.NewSet("service", "company", "team", "office", "support", "staff")

// usedNow name a tool the lead uses now: "we use Vagaro right now",
// "ahorita uso Square"
var usedNow = textmatch.NewSet("use", "using", "uso", "usamos", "currently", "ahorita", "tenemos", "tengo", "now")

// usesTool reports a tool used now named in toks: "we use Vagaro right
// now", "I have Square" (not "I have a question", "I got your flyer").
func usesTool(toks []string) bool {
	for k, w := range toks {
		if usedNow.Has(w) {
			return true
		}
		if (w == "have" || w == "got") && k+1 < len(toks) && toks[k+1] != textmatch.Break && !notATool.Has(toks[k+1]) {
			return true
		}
		// "I already have a realtor", "I have a guy who does my books"
		if (w == "have" || w == "got") && k+2 < len(toks) && (toks[k+1] == "a" || toks[k+1] == "an") && toolNouns.Has(toks[k+2]) {
			return true
		}
	}
	return false
}

// toolNouns after "have a" name one the lead uses now
var toolNouns = textmatch.NewSet("realtor", "agent", "lender", "broker", "guy", "company", "contractor", "bank", "provider", "vendor",
	"plumber", "roofer", "accountant", "bookkeeper", "app", "system", "crm", "tool", "software", "policy", "plan")

// notATool after "have" or "got" name no tool: "a question", "your
// flyer", "no idea"
var notATool = textmatch.NewSet("a", "an", "the", "your", "no", "been", "to", "question", "questions", "idea", "some", "any", "it", "this",
	"that", "you", "my", "our", "time", "kids")

// askedFor after "waiting on the ..." make it what the lead asked the
// sender for
var askedFor = textmatch.NewSet("asked", "requested", "promised", "ordered")

// askedOfSender reports, within six tokens from i, what the lead asked
// for ("the thing I actually asked for"), with no other party named
// after it ("the appraisal I ordered from the bank").
func askedOfSender(toks []string, i int) bool {
	for k := i; k < len(toks) && k < i+6 && toks[k] != textmatch.Break; k++ {
		if askedFor.Has(toks[k]) && k > 0 && (toks[k-1] == "i" || toks[k-1] == "we" || toks[k-1] == "actually") {
			return !slices.ContainsFunc(toks[k+1:min(len(toks), k+6)], waitThirdParties.Has)
		}
	}
	return false
}

// waitThirdParties are the others a lead may wait on
var waitThirdParties = textmatch.NewSet("bank", "lender", "city", "county", "appraiser", "inspector", "insurance", "adjuster", "hoa", "title")

var waitOthers = textmatch.NewSet("my", "the", "el", "la", "his", "her", "our", "their", "mi", "a", "an",
	// "still waiting on contractor quotes"
	"contractor", "contractors", "quotes", "bids", "appraisal", "inspection", "lender", "bank", "insurance", "adjuster", "permits", "hoa")

// softeners make a feeling small: "a little disappointed"
var softeners = textmatch.NewSet("little", "bit", "slightly", "somewhat", "kinda")

// householdWords name people of the lead's own life
var householdWords = textmatch.NewSet("teenager", "teen", "teens", "kids", "kid", "husband", "wife", "son", "daughter", "tenant",
	"tenants", "neighbor", "neighbors", "boss", "ex", "dog", "mom", "dad", "brother", "sister", "esposo", "esposa", "hijo", "hija",
	"inquilino", "vecino", "suegra", "suegro").Gated()

// esSenderWords name the sender or what it does, in Spanish: "ahora sí
// contestan, qué casualidad"
var esSenderWords = textmatch.NewSet("ustedes", "usted", "les", "contestan", "responden", "llaman", "escriben", "mandan", "contestaron", "respondieron")

// ownGoing: how the lead's own work goes ("lo llevamos fatal")
var ownGoing = textmatch.NewSet("llevamos", "llevo", "lleva", "vamos", "va", "anda", "andamos", "ando", "van")

// ownWords mark the lead's own: "our ticket volume"
var ownWords = textmatch.NewSet("our", "my", "mi", "nuestro", "nuestra", "nuestros", "mis")

// datedReport reports "i told you guys last month i'd think about it": a
// past exchange with its date, not exasperation ("i told you last time"
// is).
func datedReport(toks []string, m textmatch.Match) bool {
	if m.Name != "i told you" {
		return false
	}
	for k := m.Start; k+1 < len(toks) && k < m.End+1; k++ {
		if toks[k] == "last" && dateNouns.Has(toks[k+1]) {
			return true
		}
	}
	return false
}

var (
	ordinalTimes  = textmatch.NewSet("second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th", "nth", "umpteenth")
	exchangeWords = textmatch.NewSet("you", "your", "yall", "u", "ur", "asked", "ask", "told", "sent", "send", "uploaded", "upload",
		"texted", "text", "called", "call", "explained", "said", "answered", "message", "messages", "form", "portal", "email",
		"pidiendo", "pedi", "pregunte", "preguntando", "mande", "envie", "dije", "escribi", "llame", "quote", "holdup", "waiting",
		// "just checking for the 5th time whether anyone over there..."
		"checking", "asking", "following", "chasing", "explaining", "repeating", "telling", "saying",
		// "happy to explain our setup a fourth time", "I'll attach it a
		// third time"
		"explain", "repeat", "spell", "resend", "attach", "attached", "explicar", "repetir", "explicarle", "repetirle")
	dateNouns = textmatch.NewSet("week", "month", "year", "summer", "fall", "spring", "winter", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday", "night", "weekend")
)

// what a lead is tired of when the fatigue is a situation: "cansado de
// ser casero, de tener inquilinos, de pagar taxes"
var esSituation = textmatch.NewSet("ser", "tener", "pagar", "mantener", "rentar", "arreglar", "cuidar", "manejar", "vivir",
	"inquilinos", "inquilino", "tenants", "renters", "rentas",
	// "cansados de tirar la plata en alquiler", "de andarle cobrando"
	"tirar", "alquilar", "alquiler", "andarle", "andar", "cobrar", "cobrarle", "lidiar", "limpiar", "reparar", "batallar",
	// "cansada de bregar con eso" (Caribbean: to deal with)
	"bregar", "luchar")

// tradeJargon are the parts and settings of a trade a lead names when the
// question is a technician's, not a salesperson's.
var tradeJargon = textmatch.NewSet("compressor", "coil", "coils", "defrost", "aux", "thermostat", "ecobee", "config",
	"ductwork", "ducts", "registers", "returns", "supply", "temps", "dual", "fuel", "stage", "undersized", "oversized",
	"pitch", "squares", "decking", "underlayment", "flashing", "layers", "subpanel", "amp", "amps", "gauge", "inverter",
	"configuration", "firmware", "jumper", "breaker", "capacitor", "contactor", "refrigerant", "inverter", "lockout",
	"board", "sensor", "relay", "valve", "damper", "blower", "condensate", "wiring", "terminal", "voltage", "amperage",
	"setting", "settings", "cycle", "cycling", "error", "code", "fault", "module", "circuit", "dns", "endpoint", "payload",
	"schema", "latency", "timeout", "token", "tokens", "header", "headers", "cron", "regex", "query", "queries",
	// solar and batteries: "DC-couple to a third-party battery and expose
	// Modbus TCP locally"
	"dc", "ac", "couple", "coupled", "coupling", "modbus", "tcp", "lifepo4", "48v", "kwh", "kw", "rack", "microinverter",
	"microinverters", "string", "mppt", "netmetering", "backfeed", "interconnection", "api", "local", "locally").Gated()

// concernWords end a legal or compliance concern raised: "compliance
// concerns", "legal has some questions", "dudas de cumplimiento"
var concernWords = textmatch.NewSet("concern", "concerns", "issue", "issues", "question", "questions", "worry", "worries", "risk", "risks",
	"objection", "objections", "problem", "problems", "compliance", "regulations", "regulatory", "legales", "regulatorias",
	"cumplimiento", "regulacion", "regulaciones", "normativa")

// feeWords name what the sender charges: "what are your fees?", "is
// there a charge for a second visit?"
var feeWords = textmatch.NewSet("fee", "fees", "commission", "commissions", "charge", "charges", "markup", "margin", "cut", "percentage", "percent")

var scopeRules = textmatch.MustCompile(map[string]textmatch.Set{
	"fee": feeWords,
	"how": textmatch.NewSet("how", "what", "whats", "do", "does", "is", "are", "any", "much"),
}, []textmatch.Rule{
	{Name: string(TopicPricing), Pattern: "how much ~3 you|they ~2 charge|take|keep|make|pay|offer"},
	{Name: string(TopicPricing), Pattern: "@how ~3 @fee"},
	{Name: string(TopicPricing), Pattern: "@fee ~3 you|do|does|is|are|would"},
	// closing costs, not how long closing takes
	{Name: string(TopicPricing), Pattern: "@how ~3 closing cost|costs|fees / closing cost|costs|fees ~3 you|do|does|is|are|would"},
	{Name: string(TopicPricing), Pattern: "how ~2 calculate|calculated|figure|determine|arrive|come ~4 offer|price|number"},
	{Name: string(TopicPricing), Pattern: "arv|appraisal|comps|formula|breakdown"},
	{Name: string(TopicPricing), Pattern: "exact|specific|actual|real ~2 offer|price|number|amount|rate|quote|premium|apr|payment"},
	// "what would a full replacement cost for a 2,000 sq ft two-story?"
	{Name: string(TopicPricing), Pattern: "what would|will ~6 cost|run"},
	// a rate that depends on the lead's situation: "what rate would i get
	// with a 610 credit score", "what would my premium be with two
	// tickets", "que tasa me darian"
	// "how much would it be with my son who's 17", "cuánto me saldría con
	// dos choques", "what rate would I actually get?"
	{Name: string(TopicPricing), Pattern: "how much would|will it|that|this|my|mine ~2 be|cost|run ~3 with|for|if / cuanto me|le|nos saldria|costaria|cobrarian|sale ~3 con|si / what|which rate|premium|apr|payment|price ~3 would|will|could|can i|we ~1 actually|really get|qualify|pay"},
	{Name: string(TopicPricing), Pattern: "what|which rate|premium|apr|payment|price ~3 would|will|could|can i|we get|qualify|pay / rate|premium|apr|payment ~4 with a|my ~2 credit|score|income|tickets|accident|dui / que|cual tasa|prima|rate|rates ~2 me darian|daria|dan|tocaria / cuanto pagaria|pagariamos|seria|serian ~3 closing|cierre|escritura"},
	// "qué interest rate me darían", "cuál es la tasa que nos tocaría":
	// a word between the question and the rate
	{Name: string(TopicPricing), Pattern: "que|cual interest rate|rates ~2 me|nos|le darian|daria|tocaria|tocarian|saldria / cual es la|el tasa|rate ~2 me|nos|le darian|daria|tocaria|tocarian|saldria"},
	{Name: string(TopicPricing), Pattern: "pricing|price ~1 like|plans|tiers|list"},
	// "what exactly would I pay a month for full coverage?"
	{Name: string(TopicPricing), Pattern: "exactly ~3 pay|cost|charge|be|run / what would i|we pay|owe"},
	// what a change does to the lead's own price, which depends on the
	// case: "how much is adding him going to raise my premium?", "¿cuánto
	// me subiría la prima?"
	{Name: string(TopicPricing), Pattern: "how much ~8 raise|increase|add|affect|bump|change|lower|drop|reduce ~3 premium|premiums|rate|payment|price|bill|quote|cost / cuanto ~4 subiria|sube|subir|aumentaria|aumenta|bajaria|baja ~3 prima|pago|tasa|precio|cuota"},
	// "necesito saber el rate EXACTO que me darían con credit score de 641"
	{Name: string(TopicPricing), Pattern: "rate|tasa|precio|pago|prima|cuota exacto|exacta|exactos"},
	// "how much exactly would it be to replace the whole roof if its 2
	// layers, 8/12 pitch, about 28 squares": a price that depends on the
	// job's specifics
	{Name: string(TopicPricing), Pattern: "how much exactly|roughly|approximately ~1 would|will it|that|this ~3 be|cost|run"},
	// "how much would a full HVAC replacement cost exactly?": the same,
	// with "exactly" after the verb (seed 001's "pricing specifics that
	// depend on context")
	{Name: string(TopicPricing), Pattern: "how much ~6 cost|run|be|charge exactly|precisely / cuanto ~6 costaria|cuesta|saldria|cobrarian exactamente"},
	// "Exactly how much to replace the water heater", "whats the exact
	// cost for a 40 person team", "¿cuánto exactamente sería mi pago?",
	// "¿cuál es la oferta exacta?"
	{Name: string(TopicPricing), Pattern: "exactly how much to|for|would|will|is|does|it|do|are / how much exactly for / exact cost|costs / cuanto exactamente / oferta|costo|cotizacion exacto|exacta"},
	{Name: string(TopicLegal), Pattern: "lawyer|lawyers|attorney|attorneys|legal|legally|illegal|ilegal|fraud|fraude|lawsuit|sue|suing|court|liability|liable|contract|contracts|lien|liens|title|deed|easement|zoning|litigation|subpoena|judge|eviction|evict"},
	// tax and entity questions: "does that mess with my taxes?", "into an LLC"
	// Spanish: "me va a demandar", "¿necesito un abogado?", a quitclaim
	{Name: string(TopicLegal), Pattern: "demandar|demanda|demandarme|demandaron|abogado|abogada|abogados|juez|jueza|quitclaim|juicio|tribunal|legalmente|decreto"},
	// "do I have grounds to take him to small claims?"
	{Name: string(TopicLegal), Pattern: "small claims / grounds to sue|take / take him|her|them|it to court|small"},
	// dev319 (stop 53): "can he come after me for it?", "his lease has a
	// notice clause", "¿se puede vender sin su firma, o sirve un poder
	// notarial?"
	{Name: string(TopicLegal), Pattern: "come after me|us for it|that / notice clause / poder notarial / power of attorney / vender|firmar sin su firma"},
	// an estate to settle: "sin hacer la declaratoria de herederos", "the
	// heirs won't sign", "who's the executor"
	{Name: string(TopicLegal), Pattern: "herederos|heredero|heredera|sucesion|intestado|intestada|albacea|declaratoria|heirs|heirship|executor|executrix|intestate"},
	// a bankruptcy, benefits or a treaty (older sets, stop 67): "I'm in a
	// chapter 13 ... does the trustee have to approve a refi?", "how does
	// this affect my wife's Medicaid eligibility", "how the tax treaty
	// affects it", "según la ley de protección de datos"
	// (not a bankruptcy told of, "I had a bankruptcy discharged in 2021",
	// nor "I'm on the trustee board")
	{Name: string(TopicLegal), Pattern: "in a? chapter 7|11|13 / trustee ~3 approve|sign|permission|ok / medicaid|medicare|ssi|snap eligibility|eligible / tax treaty / ley de proteccion de datos / data protection law|laws"},
	// dev266: "no dejó testamento ... ¿qué papeles legales necesito para
	// que la venta sea válida?"
	// (the will alone is a fact of the inheritance, not a question: "no
	// dejó testamento y somos cuatro hermanos")
	{Name: string(TopicLegal), Pattern: "papeles|documentos|tramites|requisitos legales / venta sea valida|legal"},
	// a permit or an HOA's say: "¿necesito permiso de la ciudad y de la
	// HOA para ponerlos?", "will the HOA fine me?"
	{Name: string(TopicLegal), Pattern: "need|needs|necesito|necesita|require|required ~3 permiso|permit|permits|approval|aprobacion / hoa ~5 multen|multa|fine|fines|approve|aprobar|rules|reglas|strict|estricta"},
	// "¿se puede hacer sin sacar permiso con la ciudad?", "can we skip
	// the permit?"
	{Name: string(TopicLegal), Pattern: "sin|without ~2 permiso|permisos|permit|permits / skip ~2 permit|permits|inspection"},
	// whether the product keeps the law (blind80, after its measurement):
	// "necesitamos saber si cumple con la ley", "does it follow the
	// new California overtime law for farmworkers?"
	{Name: string(TopicLegal), Pattern: "cumple|cumpla|cumplen|cumplir con la|las ~1 ley|leyes|norma|normas|regulacion|regulaciones / como dice|marca|pide|exige la ley / does|do|will|would|whether|if ~4 comply|complies|compliant|follow|follows|meet|meets ~5 law|laws|regulation|regulations"},
	// a rule asked about without a question mark: "what I need to know
	// is whether that needs a licensed abatement crew, and what the state
	// requires for that"
	{Name: string(TopicLegal), Pattern: "what|whether ~2 the state|city|county|code|law requires|require / what|whether|if ~2 the state|city|county|code|law says ~1 i|we have|has|must|need / whether|if ~4 needs|need|requires a licensed|certified electrician|contractor|crew|plumber|inspector|installer|abatement|professional|engineer|surveyor|roofer|electricista|contratista|plomero"},
	// what the law asks of the lead: "does Wyoming actually require me to
	// cover them or can I just have them sign a waiver", "does the state
	// make us carry it?"
	{Name: string(TopicLegal), Pattern: "waiver|waivers / state|county|city|law|laws ~3 require|requires|make ~1 me|us|you / does|do ~2 wyoming|texas|colorado|florida|california|state|county|city ~2 require|make"},
	// a landlord's duty, what the law requires, immigration status:
	// "can I make him pay? según el lease es su responsabilidad", "¿estoy
	// obligado por ley a tener workers comp?", "mi esposa tiene DACA, can
	// she be on the loan?"
	{Name: string(TopicLegal), Pattern: "can|could i|we make him|her|them|the|my ~1 landlord|owner|hoa|builder? pay / landlord|landlady|tenant|inquilino|casero ~5 responsibility|responsible|responsabilidad|rights|derechos|obligated|obligado / lease|contrato ~4 responsabilidad|responsibility|responsible|says|dice / his|her|their|whose responsibility / responsibility|responsible under ~1 the|my|our lease|contract / required|obligated|obligado|obligada|obligatorio|obligatoria by|por law|ley / legally|legalmente required|obligado|obligada / daca|itin|immigration|inmigracion|migratorio|migratoria|greencard / green card / work visa|permit / permiso de trabajo"},
	// legal or compliance concerns the lead raises (seed 002's "raise
	// legal or compliance concerns"): "our legal team has compliance
	// concerns", "legal has some concerns", "a compliance question",
	// "dudas de cumplimiento" (denied ones are not: "no compliance
	// concerns")
	{Name: string(TopicLegal), Pattern: "compliance|regulatory ~1 concern|concerns|issue|issues|question|questions|worry|worries|risk|risks|objection|objections|problem|problems / concern|concerns|questions|worries|issues about|around|regarding|with ~2 compliance|regulations|regulatory / legal|compliance ~2 has|have|had|raised|flagged ~2 concern|concerns|questions|issues|objections|worries / dudas|preocupaciones|inquietudes|preguntas legales|regulatorias / dudas|preocupaciones|inquietudes|preguntas ~2 cumplimiento|regulacion|regulaciones|normativa"},
	{Name: string(TopicLegal), Pattern: "indemnification|indemnify|indemnity|subrogation|breach / additional insured / llc|irs|cpa|1031|probate / living|family trust / in a trust / capital gains / tax|taxes ~3 implications|consequences|hit|penalty|write off|deduct|deductible / mess|affect|impact ~4 my|the|our taxes|tax"},
	{Name: string(TopicBilling), Pattern: "charged|overcharged|refund|refunds|billing|billed|invoice|dispute|disputed|disputing|chargeback|reimburse|reimbursement|double|unauthorized"},
	{Name: string(TopicBilling), Pattern: "money back / cancel ~2 charge|payment / wrong amount"},
	// a charge the lead disputes or did not expect, already on their
	// bill (seed 003's "an incorrect charge"): "there's an incorrect
	// charge on my bill", "what is this charge on my card?", "a charge
	// on my statement I don't recognize", "a fee I never agreed to", "un
	// cobro que no reconozco"; what a charge will be stays pricing ("is
	// there an extra charge for weekends?")
	{Name: string(TopicBilling), Pattern: "incorrect|wrong|unexpected|unknown|unrecognized|unrecognised|mystery|bogus|erroneous|mistaken|fraudulent|phantom|strange|weird|random|odd|suspicious ~1 charge|charges|fee|fees / this|that|these|those charge|charges|fee|fees on|in my|our ~1 bill|statement|invoice|card|account|receipt / extra|additional|surprise|hidden ~1 charge|charges|fee|fees on|in my|our ~1 bill|statement|invoice|card|account|receipt / charge|charges|fee|fees ~6 i|we dont|didnt|never|do|did ~1 recognize|recognise|understand|authorize|authorise|authorized|authorised|expect|expected|agree|agreed|approve|approved|order|ordered"},
	{Name: string(TopicBilling), Pattern: "cargo|cargos|cobro|cobros incorrecto|incorrectos|indebido|indebidos|equivocado|equivocados|erroneo|erroneos|desconocido|desconocidos / cargo|cargos|cobro|cobros ~2 que no reconozco|reconocemos|autorice|autorizamos|autorizo"},
	// dev319 (stop 53): "la visita aparece cargada dos veces"
	{Name: string(TopicBilling), Pattern: "cargada|cargado|cobrada|cobrado|cobraron|cargaron ~2 dos veces / charged|billed twice"},
	// "I want the $640 from the May visit credited back to my card", "I
	// need the duplicate reversed"
	{Name: string(TopicBilling), Pattern: "credited|credit ~1 back / reversed|reverse ~3 duplicate|charge|charges|payment|payments / duplicate payment|charge|payments|charges|premium|premiums / the duplicate reversed|refunded"},
	// "aparecen dos cargos de 575 el mismo día, quisiera que me regresaran
	// uno", "me cobraron dos veces"
	{Name: string(TopicBilling), Pattern: "dos|2 cargos|cobros / cargo|cobro doble|duplicado / cobraron|cobro|cobrado ~2 dos veces|doble / que me regresen|regresaran|devuelvan|devolvieran|reembolsen|reembolsaran ~3 uno|cargo|cobro|dinero|plata"},
	// a claim refused: "my claim got denied, how do I appeal", "me negaron
	// el reclamo"
	{Name: string(TopicBilling), Pattern: "claim|reclamo ~3 denied|rejected|declined|negado|rechazado / appeal|appealing|apelar|apelacion / negaron|rechazaron ~2 el|mi reclamo"},
	// "you took the payment twice, I need the extra one refunded"
	// "me siguieron cobrando abril y mayo y quiero que me devuelvan ese
	// dinero"
	{Name: string(TopicBilling), Pattern: "siguieron|siguen cobrando|cobrandome / me|nos devuelvan|devuelva|regresen|regrese ~2 dinero|cobro|cargo|pago"},
	// "nos habéis cobrado la cuota dos veces ... quiero que me devolváis el
	// cargo duplicado"
	{Name: string(TopicBilling), Pattern: "cobrado|cobrada|cobrasteis|cobraste ~4 dos veces|doble / devolvais|devolveis|devolvieran|devuelvas ~2 el|mi|la? cargo|dinero|cobro|cuota / cargo|cobro duplicado|doble"},
	{Name: string(TopicBilling), Pattern: "refunded|refunding|reembolso|reembolsen|cobraron / cobro doble / payment|payments|charge|charges|took|pulled|debited ~3 twice / cobraron|cobro ~3 dos veces"},
	// "the June and July premiums still got pulled out of my checking"
	{Name: string(TopicBilling), Pattern: "premium|premiums|payment|payments ~4 pulled|taken|drafted|debited out of my|our checking|account|savings|card / premium|premiums|payment|payments ~4 pulled|taken|drafted|debited from my|our checking|account|savings|card"},
	// dev269: "you were supposed to credit me that. I want those 500 back"
	{Name: string(TopicBilling), Pattern: "you|yall|ustedes were|was supposed to credit|refund|reimburse me|us / want|need those|these _ back | / want|need my|the deposit|money back"},
	// "y'all drafted my auto premium twice", "I need that second $212 put
	// back in my account", "me sacaron el pago dos veces"
	{Name: string(TopicBilling), Pattern: "drafted|drafts|withdrew|withdrawn|deducted|debited|autopaid|drew ~4 twice|double / put|paid back ~2 in|into|on my account|card / sacaron|descontaron|cargaron|retiraron ~4 dos veces / regresen|devuelvan|reembolsen ~3 a? mi cuenta|tarjeta"},
	// complex technical questions: integrations, security and compliance,
	// sizing and specifications
	{Name: string(TopicTechnical), Pattern: "integrate|integrates|integration|integrations|api|apis|sso|saml|scim|webhook|webhooks|sdk|encryption|encrypted|soc|soc2|hipaa|gdpr|ldap|oauth|migrate|migration|compatible|compatibility|baa|pci|fedramp|ferpa|ccpa"},
	{Name: string(TopicTechnical), Pattern: "seer|btu|btus|tonnage|amperage|amp|amps|voltage|psi|gpm / load calculation / manual j / are value"},
	// an underwriting question: "does that loss count against me", "can
	// the permit lease count as income if it's paid in cash?"
	{Name: string(TopicTechnical), Pattern: "count|counts|counted as|toward|towards income / cuenta|cuentan como ingreso|ingresos"},
	// hardware links: "old scale indicators with an RS-232 port, do we
	// need a converter box?"
	{Name: string(TopicTechnical), Pattern: "rs 232|485|422 / rs232|rs485|modbus|bacnet|scada|plc|plcs|firmware|ethernet / serial port|connection|cable / converter box"},
	// security and hosting requirements: "customer-managed keys in our own
	// AWS KMS, data residency in Frankfurt, audit logs to our SIEM"
	{Name: string(TopicTechnical), Pattern: "kms|byok|hsm|siem|dlp|pentest|redaction|residency / audit log|logs|logging|trail / customer managed|owned keys / single tenant|tenancy / on prem|premise|premises / onprem|selfhosted / self hosted / penetration test|testing"},
	{Name: string(TopicTechnical), Pattern: "technical|tech ~2 question|questions|specs|specifications|requirements / how does ~3 work ~2 with"},
	// customization: "can you customize", "a custom plan", "white label"
	{Name: string(TopicCustomization), Pattern: "custom|customize|customise|customized|customization|customisation|tailor|tailored|bespoke|whitelabel"},
	{Name: string(TopicCustomization), Pattern: "white label / special build|order|pricing|terms / build ~2 to spec"},
	// a house the standard job does not fit: seed 003's "I have a 1920s
	// historic home with no ductwork" (a historic home alone is no
	// special need: "it's a historic home, lots of charm")
	{Name: string(TopicCustomization), Pattern: "no|without ~1 ductwork|ducts|ducting / no|without ~1 duct work / dont have any? ductwork|ducts / no tiene|tenemos|hay ductos / sin ductos"},
	// "hand-cut cedar shakes to meet the historic district rules"
	{Name: string(TopicCustomization), Pattern: "historic ~1 district|commission|board ~3 rules|review|approval|guidelines|requirements|requires|wants"},
	// "can your system be changed so one receipt shows both?"
	{Name: string(TopicCustomization), Pattern: "can|could your|the system|software|app|program|platform be changed|modified|adapted|customized / can|could your|the system|software|app|program|platform be set up so"},
	// "can y'all build that in for us?", "our own discount schedule"
	{Name: string(TopicCustomization), Pattern: "build|add|program|code ~1 that|it|this|those|them in|into ~1 for us|me / can|could you|yall build|program us|me|one|it|that / our own ~2 schedule|workflow|format|layout|template|templates|fields|rules|forms"},
	// the product changed to fit the lead's own: "wired into my home
	// assistant server instead of your app"
	{Name: string(TopicCustomization), Pattern: "instead of your|the app|system|software|portal|platform|dashboard / wired|hooked|tied ~2 into|to my|our ~3 server|system|software|setup"},
	// the product changed for the lead, in Spanish (blind80, after its
	// measurement): "¿me la pueden cambiar para que mande los
	// recordatorios por WhatsApp?", "que se conecte con el programa de
	// nómina que ya uso"
	{Name: string(TopicCustomization), Pattern: "la|lo|las|los pueden|podrian cambiar|modificar|adaptar|personalizar|ajustar para que ~3 mande|manden|envie|envien|calcule|calculen|conecte|conecten|muestre|muestren|aparezca|aparezcan|funcione|funcionen / pueden|podrian cambiarla|cambiarlo|modificarla|modificarlo|adaptarla|adaptarlo|personalizarla|personalizarlo para que ~3 mande|manden|envie|envien|calcule|calculen|conecte|conecten|muestre|muestren|aparezca|aparezcan|funcione|funcionen / se conecte|conecten ~1 con el|mi|nuestro|los programa|programas|sistema|sistemas|software"},
	// "¿podéis integraros con él mediante ficheros planos y adaptar el
	// módulo de lotes?", "¿se puede personalizar el reporte?"
	{Name: string(TopicTechnical), Pattern: "integrar|integrarse|integraros|integrarlo|integrarnos|integran|integra|integracion con|a"},
	{Name: string(TopicCustomization), Pattern: "adaptar|adaptarlo|personalizar|personalizarlo|customizar|modificar el|la|los|las? modulo|sistema|software|reporte|reportes|plataforma|app|flujo"},
	// changed to the lead's own way (blind72, stop 71): "¿se puede
	// modificar para que reparta las propinas a nuestra manera?"
	// (not "¿el sistema se puede ajustar para que no haga tanto ruido?")
	{Name: string(TopicCustomization), Pattern: "modificar|adaptar|ajustar|cambiar|configurar|personalizar ~6 a nuestra manera|medida"},
	// dev319 (stop 53): "Is that something you'd build for us?"
	{Name: string(TopicCustomization), Pattern: "something you|yall would|could|can build|make for us|me / something you|yall would|could|can set up for us|me / something you all would|could|can build|make for us|me / something youd build|make for us|me / something youd set up for us|me"},
	// dev273: "I need it built that way or no me sirve"
	{Name: string(TopicCustomization), Pattern: "need|want it built that|this way|like"},
	// "¿el programa se puede modificar para hacer todo eso junto?"
	{Name: string(TopicCustomization), Pattern: "programa|software|app|plataforma se puede|podria|pueden|podrian modificar|adaptar|personalizar"},
	// "¿eso lo pueden personalizar?", "hecho a medida"
	{Name: string(TopicCustomization), Pattern: "lo|la|los|las|eso|esto pueden|podrian|puede|podria|podeis personalizar|adaptar|customizar|modificar / a medida / personalizado|personalizada|personalizable|personalizacion"},
	// dev323 (stop 54): "si yo puedo vender mi mitad sin su firma, o si el
	// juez tiene que decidir algo primero"
	// dev327 (stop 54): "¿necesito la firma de ella para vender o con la
	// mía basta?"
	{Name: string(TopicLegal), Pattern: "necesito|necesita|necesitamos|ocupo|ocupa la firma de ~2 para vender|firmar|rentar / o con la mia basta"},
	{Name: string(TopicLegal), Pattern: "vender|firmar|rentar ~4 sin su|la firma|permiso|consentimiento / el|un juez|juzgado ~3 tiene|tendria|tenga|debe|deberia que? decidir|aprobar|autorizar|firmar / la corte ~3 tiene|tendria|tenga|debe que? decidir|aprobar|autorizar"},
	// emergencies
	{Name: string(TopicEmergency), Pattern: "emergency|emergencies|flooding|burst|sparking|sewage|overflowing"},
	// dev281: "there is water running down the wall in the hallway from
	// the attic ... the ceiling is getting soft"
	// dev310 (stop 53): "the line split overnight and there's water
	// running across the floor"
	// and with the verb's helper and the room between: "water is running
	// across the kitchen floor", "water keeps pouring onto the floor"
	{Name: string(TopicEmergency), Pattern: "water is|s|was|keeps|kept? running|pouring|spraying|gushing|flowing|streaming across|over|onto ~2 floor|floors / water is|s|was|keeps|kept? running|pouring|spraying|gushing|flowing|streaming all over ~2 floor|floors"},
	{Name: string(TopicEmergency), Pattern: "water running|pouring|coming|gushing down|out ~3 wall|walls|ceiling|light|stairs / water pouring|gushing through ~3 wall|walls|ceiling / ceiling is|s getting soft|saggy / ceiling is|s sagging|falling|caving"},
	// "el outlet echó chispas y huele a quemado", "burning smell"
	{Name: string(TopicEmergency), Pattern: "echo|echa|saca|sacaba|echaba chispas / huele|olia a quemado / burning smell / smells|smelled ~2 like burning|smoke"},
	// dev332 (stop 54): "del panel de la cocina sale un olor a quemado, y
	// la tapa se siente caliente"
	{Name: string(TopicEmergency), Pattern: "sale|salio|hay|tiene|siento|sentimos un? olor a quemado / tapa|panel|breaker|enchufe|contacto se siente caliente / tapa|panel|breaker|enchufe|contacto esta caliente"},
	// dev365 (stop 56): "se siente un olor como a plástico quemado y el
	// breaker se pone bien caliente"
	{Name: string(TopicEmergency), Pattern: "olor ~3 quemado|quemada / breaker|panel|enchufe|contacto|outlet|plug ~4 caliente|hot|sparking|melting|melted"},
	// "it smells really strong like gas down there"
	{Name: string(TopicEmergency), Pattern: "smells|smell|smelling|smellin ~3 gas / gas smell|leak / olor a gas"},
	// "there's sparks when i flip the switch", "exposed wires", "my
	// husband is on oxygen" with the heat or the power out (stop 67)
	{Name: string(TopicEmergency), Pattern: "sparks when|from|coming|everywhere / exposed wires|wiring / on oxygen"},
	// the smell of a gas leak, named by what it is like
	{Name: string(TopicEmergency), Pattern: "rotten|rotting eggs|egg / huevo|huevos podrido|podridos"},
	// "el calentador está tirando agua por abajo... ¿eso es peligroso?"
	{Name: string(TopicEmergency), Pattern: "tirando|echando|soltando agua / eso|esto es|sera peligroso / is that|this|it dangerous"},
	{Name: string(TopicEmergency), Pattern: "emergencia|urgencia / se ~1 revento|rompio|reventaron|rompieron ~2 tubo|tuberia|pipa|tubos / agua ~3 regando|regandose|tirando|brotando / saliendo|sale|entrando|cayendo agua / se esta inundando / se me|nos? inundo / fuga de gas / huele a gas / water ~2 coming|pouring|gushing|pours|spraying|spewing|shooting|squirting / agua por todos lados|todas partes"},
	// standing water spreading now: "an inch of water on the floor and
	// it's spreading"
	{Name: string(TopicEmergency), Pattern: "inch|inches|feet|foot|pulgada|pulgadas of|de water|agua / water|agua ~4 spreading|rising|extendiendo|subiendo"},
	// "hay agua saliendo por debajo de la puerta", "someone just rear
	// ended me", "acaban de chocarme"
	{Name: string(TopicEmergency), Pattern: "agua saliendo|entrando|brotando / just ~2 rear ended|hit|crashed|totaled / rear ended me|us / acaban de chocarme|chocar|pegarme / me acaban de chocar|pegar"},
	// the price of a deal read from its details: "cuánto me estarían
	// descontando por eso", "what would it be with him on the civic ...
	// ballpark per month", "what rate would you actually give me"
	{Name: string(TopicPricing), Pattern: "cuanto me|nos|le estarian|estarias ~1 descontando|rebajando|quitando|cobrando / cuanto me|nos|le descontarian|rebajarian|quitarian / what would ~1 it|that|my|the ~6 per|a month / ballpark per|a month / what|which rate|price|offer would you ~2 give|offer me|us"},
	// a deal built to fit: a rent-back, payments split or spaced out
	{Name: string(TopicCustomization), Pattern: "rent it back / rent back to|for|after|until|from / leaseback|rentback / pay you rent / half at closing / seller|owner financing|finance / payments ~3 every ~1 months|quarter|quarterly / quarterly payments|billing / pay|paying|bill|billed quarterly|yearly|annually ~2 instead / pay|paying every ~2 months ~2 instead / pagos cada ~1 meses|trimestre / a la medida"},
	// privacy and contract terms: "sign our DPA as written", "under their
	// privacy law the data has to stay in Canada"
	{Name: string(TopicLegal), Pattern: "dpa|dpas|baa|msa|gdpr|ccpa|pipeda / privacy law|laws|act / data processing agreement|addendum / our|their contract|agreement|paper as written / as written or"},
	// solar and electrical jargon
	{Name: string(TopicTechnical), Pattern: "backfeed|backfeeding|busbar|interconnection|microinverter|microinverters|inverter|inverters|kw|kwh / line|supply side tap / 120 rule / net metering / panel upgrade / federal pacific|zinsco"},
	// water coming in now: "se está metiendo el agua por la lámpara"
	{Name: string(TopicEmergency), Pattern: "se ~1 esta|estan metiendo ~1 el|la? agua / se mete ~1 el|la? agua / metiendose ~1 el|la? agua"},
	// a crash or a fire happening now: "acabo de chocar", "mi carro está
	// echando humo", "ya viene la ambulancia", "just got in a wreck"
	{Name: string(TopicEmergency), Pattern: "acabo de chocar / me acaban de chocar / acabo de tener ~1 un|una? accidente|choque / ambulancia|ambulance / echando|sale|saliendo humo / just crashed|wrecked / just got|been in|into ~1 an|a? accident|wreck|crash / just had an|a accident|wreck|crash"},
	{Name: string(TopicEmergency), Pattern: "huele|olia|apesta ~2 a gas / smelling|smelled|smells gas / gas odor|smell|leaking / olor ~2 a gas / rotten egg|eggs smell|odor / huele a huevo|huevos podrido|podridos"},
	// "water all over the garage floor and it's still coming out, how do
	// i shut it off??"
	{Name: string(TopicEmergency), Pattern: "water ~2 all over / still coming|pouring|gushing|spraying out / shut|turn off the|my? water|gas|main / how do i|we shut|turn ~1 it|this|the water off / donde|como ~2 cierro|corto|apago ~2 el|la? agua|llave|gas"},
	{Name: string(TopicEmergency), Pattern: "gas leak|smell / smell gas / no heat|ac|power|water|hot / water everywhere|pouring / carbon monoxide / co alarm|detector / pipe|pipes ~2 burst|broke|broken|leaking|froze|frozen / on fire / caught fire / smoke coming|everywhere"},
	// "estoy oliendo gas en la cocina", "water dripping through the
	// ceiling ... it's getting into the light fixture", "está goteando
	// del techo"
	{Name: string(TopicEmergency), Pattern: "oliendo|huelo|oli|olemos ~2 gas / dripping|leaking|pouring|coming ~3 through|from the? ceiling|light|fixture|outlet / dripping|leaking|pouring|coming ~3 out of the? ceiling|light|fixture|outlet / into the light? fixture|outlet|panel / goteando|cayendo ~3 del? techo|lampara|foco"},
	// seed 003's complex inquiries, "loan applications for a major home
	// renovation or complex insurance claims": a loan or financing for the
	// job ("I'm applying for a loan for a major home renovation", "do you
	// offer financing for a big renovation?", "¿tienen financiamiento para
	// la remodelación?"; not a plain "do you offer financing?", which the
	// AI answers)
	{Name: string(TopicFinancing), Pattern: "financing|finance|loan|loans|lending|financiamiento|financiacion|financiar|prestamo|credito ~2 for|on|para ~3 renovation|renovations|reno|remodel|remodeling|rehab|addition|repair|repairs|replacement|install|installation|project|job|repipe|roof|remodelacion|renovacion|reparacion|obra|instalacion|proyecto|techo / payment plan|plans ~2 for|on ~3 renovation|renovations|reno|remodel|remodeling|rehab|addition|repair|repairs|replacement|install|installation|project|job|repipe|roof"},
	// an insurance claim, and the insurer dealt with for the lead: "can
	// you coordinate with my insurance company on the claim?" (seed 003),
	// "could you deal with the adjuster for me?", "¿me ayudan con el
	// reclamo a la aseguranza?" (not "do you work with insurance?", nor
	// the lead's own plan, "I need to talk with my insurance first")
	{Name: string(TopicFinancing), Pattern: "insurance|insurer|aseguranza|aseguradora claim|claims|reclamo|reclamos|reclamacion / claim|claims|reclamo|reclamacion ~3 with|through|con|por|a|al|to ~2 insurance|insurer|aseguranza|aseguradora|seguro|adjuster|ajustador / can|could|would|will you|yall ~2 coordinate|deal|talk|speak|negotiate|communicate|handle|work ~3 with|to my|our|the ~1 insurance|insurer|adjuster|carrier / bill|invoice my|our|the insurance|insurer / pueden|podrian|puede|podria ~2 coordinar|hablar|tratar|negociar|arreglarse|entenderse ~2 con mi|la|el ~1 aseguranza|aseguradora|seguro|ajustador"},
})

// toldByOther: what someone else said happened to them: "my coworker
// went with Opendoor and said it took forever" (not "I said it's taking
// forever").
func toldByOther(toks []string, i int) bool {
	if toldByThird(toks, i) {
		return true
	}
	for k := i - 1; k >= 1 && k >= i-4 && toks[k] != textmatch.Break; k-- {
		if toks[k] == "said" || toks[k] == "says" || toks[k] == "told" {
			for j := k - 1; j >= 0 && j >= k-8; j-- {
				if toks[j] == "i" || toks[j] == "ive" || toks[j] == "we" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// othersTold reports a verb of telling at i whose subject, the words of
// its clause before it, is someone other than the lead and the sender:
// "the social worker explained it to me twice", "my husband asked them
// twice" ("your agent explained it twice" and "I told you twice" stay).
func othersTold(toks []string, i, end int) bool {
	if !tellVerbs.Has(toks[i]) {
		return false
	}
	// "the tenant asked you twice", "my husband told your guy twice":
	// said to the sender, a complaint all the same
	// (or the sender blamed later: "the realtor asked twice for the
	// disclosures, you never sent them")
	if slices.ContainsFunc(toks[i:], senderPronoun.Has) || slices.ContainsFunc(toks[i:end], senderPeople.Has) {
		return false
	}
	sub := toks[textmatch.ClauseStart(toks, i):i]
	if len(sub) == 0 || slices.ContainsFunc(sub, leadSubject.Has) || slices.ContainsFunc(sub, senderPronoun.Has) {
		return false
	}
	return len(sub) >= 2 && nounDet.Has(sub[0]) || thirdTellers.Has(sub[len(sub)-1])
}

var (
	tellVerbs = textmatch.NewSet("explained", "told", "said", "asked", "answered")
	// determiners that open someone named by a noun: "the social worker"
	nounDet = textmatch.NewSet("the", "my", "his", "her", "their", "our", "a", "an")
)

// toldByThird reports a third person's "told", "said" or "says" in the
// four words before i: "while he told me I was wasting my time" (said by
// him, whatever the lead did before). "they said" is left out: it is
// often the sender's own people.
func toldByThird(toks []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4 && toks[k] != textmatch.Break; k-- {
		if (toks[k] == "said" || toks[k] == "says" || toks[k] == "told") && thirdTellers.Has(toks[k-1]) {
			return true
		}
	}
	return false
}

// thirdNotHelping reports a third person the subject of the clause
// before i ("he's not helping", "my husband is never listening") when
// neither that clause nor the one before names the sender ("your rep
// said he'd call, he's not helping at all" is about the sender's man).
// "They" is left out: it is often the sender's own people.
func thirdNotHelping(toks []string, i int) bool {
	cs, ce := textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i)
	if senderIn(toks, cs, ce) || cs >= 2 && senderIn(toks, textmatch.ClauseStart(toks, cs-2), cs) {
		return false
	}
	return slices.ContainsFunc(toks[cs:i], thirdSubjects.Has)
}

var thirdSubjects = textmatch.NewSet("he", "she", "hes", "shes", "ex", "husband", "wife", "landlord", "tenant", "tenants",
	"brother", "sister", "dad", "mom", "son", "daughter", "partner", "lawyer")

// thirdTellers say things to the lead: "he told me", "she says" ("they"
// is often the sender's own people: "they said they'd call back").
var thirdTellers = textmatch.NewSet("he", "she", "hes", "shes", "dad", "mom", "husband", "wife", "son", "daughter", "sister", "brother")

// senderPeople are the sender's own people, told things by the lead's:
// "told your guy twice", "explained it to the rep twice".
var senderPeople = textmatch.NewSet("rep", "reps", "agent", "agents", "guy", "guys", "office", "team", "company", "staff", "people")

// endsClauseAfter reports the clause ending at i, or after a bare
// "ustedes" there: "knock it off.", "¿así trabajan ustedes?".
func endsClauseAfter(toks []string, i int) bool {
	if i < len(toks) && toks[i] == "ustedes" {
		i++
	}
	// "¿así trabajan ustedes, con contrato de 6 meses?": the next clause
	// goes on with the terms asked about
	return textmatch.ClauseEnd(toks, i) == i && !(i+1 < len(toks) && termsGoOn.Has(toks[i+1]))
}

// termsGoOn open a clause that goes on with terms: "con contrato", "with
// a contract", "por mes".
var termsGoOn = textmatch.NewSet("con", "por", "de", "en", "sin", "with", "on", "for", "per")

var senderPronoun = textmatch.NewSet("you", "u", "yall", "your", "ur", "ustedes", "usted")

// featureQuestion reports a short yes-or-no question whether the product
// or the sender has one thing: "Do you have an API?", "do you do SSO",
// "does it integrate with Pipedrive". The lead's own requirements, a
// broken integration, two features at once or a longer question are
// still technical.
func featureQuestion(t textmatch.Text) bool {
	toks := t.Toks
	if t.Quests > 1 || t.WordCount() > 14 || slices.ContainsFunc(toks, func(w string) bool { return w == "and" || w == "or" || w == "y" || w == "plus" }) {
		return false // "does it integrate with salesforce and support sso?" asks more
	}
	for k := 0; k+2 < len(toks); k++ {
		if toks[k] == textmatch.Break {
			continue
		}
		if (toks[k] == "do" || toks[k] == "does" || toks[k] == "can") && (toks[k+1] == "you" || toks[k+1] == "it" || toks[k+1] == "u" || toks[k+1] == "yall" || toks[k+1] == "your" || toks[k+1] == "ur") {
			v := k + 2
			if toks[v] == "guys" && v+1 < len(toks) {
				v++ // "do you guys support SSO?"
			}
			// "does your scheduling tool integrate with google calendar?"
			for n := 0; n < 3 && v+1 < len(toks) && (toks[k+1] == "your" || toks[k+1] == "ur") && !featureVerbs.Has(toks[v]) && toks[v] != textmatch.Break; n++ {
				v++
			}
			// (a message of up to 8 words, or up to 14 when the product is
			// named: "hey quick q, does your scheduling tool integrate with
			// google calendar?")
			named := toks[k+1] == "your" || toks[k+1] == "ur"
			if featureVerbs.Has(toks[v]) && textmatch.ClauseEnd(toks, k)-k <= 10 && (named || t.WordCount() <= 8) {
				return true
			}
		}
	}
	return false
}

var personDet = textmatch.NewSet("the", "a", "an", "my", "our", "this", "that", "some", "one", "his", "her", "their", "other", "nice", "same", "old", "new", "your", "ur")

// announcesQuestion reports a short message that only says a question
// is coming: "hi, question about your API", "una duda sobre la
// integración".
func announcesQuestion(t textmatch.Text) bool {
	if t.WordCount() > 6 {
		return false
	}
	for k := 0; k+1 < len(t.Toks); k++ {
		if (t.Toks[k] == "question" || t.Toks[k] == "q" || t.Toks[k] == "pregunta" || t.Toks[k] == "duda") &&
			(t.Toks[k+1] == "about" || t.Toks[k+1] == "on" || t.Toks[k+1] == "sobre" || t.Toks[k+1] == "re") {
			return true
		}
	}
	return false
}

var featureVerbs = textmatch.NewSet("have", "do", "support", "offer", "integrate", "include", "connect", "sync", "work",
	"integrates", "supports", "connects", "syncs", "works", "offers", "has")

// outOfScope returns the topics asked about, in the order of [Topics].
func outOfScope(t textmatch.Text) []Topic {
	toks := t.Toks
	var seen [numTopics]bool
	// a question thick with a trade's jargon is a complex technical
	// question: "the outdoor unit goes into defrost every 30 min and aux
	// heat runs with the compressor... is it the O/B config or the balance
	// point lockout?"
	if t.Quests > 0 {
		if jargonCount(&t) >= 3 {
			for i, tp := range Topics {
				if tp == TopicTechnical {
					seen[i] = true
				}
			}
		}
	}
	// technical terms in a statement, counted: one names the lead's
	// situation ("sso is the big one", "our biggest customer wants a SOC 2
	// report"), two or more describe a complex setup ("Okta SCIM into our
	// on-prem LDAP")
	stated := 0
	var priced, billed []textmatch.Match
	scopeRules.Each(t, func(m textmatch.Match) bool {
		// "no water damage" is no emergency, but "anything that isnt
		// HIPAA compliant" still asks about compliance
		if negated(toks, t.IDs, m.Start, 3) && m.Name != string(TopicTechnical) && m.Name != string(TopicLegal) {
			return true
		}
		// "Do you have an API?", "does it integrate with jira": a short
		// yes-or-no question whether the product has a feature is an
		// ordinary product question, not a complex technical one
		if m.Name == string(TopicTechnical) && (featureQuestion(t) || announcesQuestion(t)) {
			return true
		}
		if m.Name == string(TopicTechnical) && t.Quests == 0 && !questionOpeners.Has(toks[textmatch.ClauseStart(toks, m.Start)]) {
			if stated++; stated < 2 {
				return true
			}
		}
		w := toks[m.Start]
		// "we make custom HVAC ductwork": what the lead's shop makes
		if m.Name == string(TopicCustomization) && w == "custom" && m.Start >= 2 && ownMakeVerbs.Has(toks[m.Start-1]) && (toks[m.Start-2] == "we" || toks[m.Start-2] == "i") {
			return true
		}
		// "send the invoice to my wife, she does the books": where the
		// bill goes, no dispute
		if m.Name == string(TopicBilling) && w == "invoice" && invoiceAsked(toks, m.Start) {
			return true
		}
		// "I want those 500 back" is money; "I'll need those keys back" is
		// not
		if m.Name == string(TopicBilling) && (w == "want" || w == "need") && m.Start+2 < m.End && (toks[m.Start+1] == "those" || toks[m.Start+1] == "these") &&
			!textmatch.AllDigits(toks[m.Start+2]) && !moneyNouns.Has(toks[m.Start+2]) {
			return true
		}
		if m.Name == string(TopicBilling) && w == "double" && !(m.End < len(toks) && (toks[m.End] == "charged" || toks[m.End] == "billed")) {
			return true
		}
		// "our billing team has been playing with the templates", "billing
		// software": a department or a tool, not a dispute ("invoice
		// reminders" for an invoicing product neither)
		if m.Name == string(TopicBilling) && (w == "billing" || w == "invoice") && m.End < len(toks) && (legalDept.Has(toks[m.End]) || billingTools.Has(toks[m.End])) {
			return true
		}
		// "Mine says Account, Billing, Integrations": a menu item named
		// while finding one's way in the product
		if m.Name == string(TopicBilling) && w == "billing" && menuItem(toks, m.Start) {
			return true
		}
		// "that's my tax refund": money from the government, not a refund
		// from the sender
		if m.Name == string(TopicBilling) && (w == "refund" || w == "refunds" || w == "refunded") && m.Start > 0 && (toks[m.Start-1] == "tax" || toks[m.Start-1] == "taxes" || toks[m.Start-1] == "irs") {
			return true
		}
		// "we reimburse mileage": the lead's own company pays its people
		if m.Name == string(TopicBilling) && (w == "reimburse" || w == "reimbursement") && m.Start > 0 && (toks[m.Start-1] == "we" || toks[m.Start-1] == "i" || toks[m.Start-1] == "our") {
			return true
		}
		// "no water damage", "burst of energy": a condition or an idiom
		if m.Name == string(TopicEmergency) && m.End < len(toks) && notEmergency.Has(toks[m.End]) {
			return true
		}
		// "pipes froze last winter", "tuvimos flooding en la tormenta
		// pasada", "se mete agua cuando llueve": a past or a recurring
		// event, not one happening now
		if m.Name == string(TopicEmergency) && pastOrRecurring(toks, m) {
			return true
		}
		// "we had a pipe burst in the basement but it was all fixed", "we
		// had an emergency with the water heater in January but my brother
		// in law fixed it": over and done with
		if m.Name == string(TopicEmergency) && hadAndFixed(toks, t.IDs, m) {
			return true
		}
		// "I'm a family lawyer so I'm in court most mornings", "trabajo en
		// servicios de emergencia del condado": the lead's own job
		if (m.Name == string(TopicEmergency) || m.Name == string(TopicLegal)) && ownJob(toks, m.Start) {
			return true
		}
		// "tiene olor el horno a gas, es normal cuando es nuevo?": a new
		// appliance's smell asked about
		if m.Name == string(TopicEmergency) && w == "olor" && newAppliance(toks) {
			return true
		}
		// "it's not urgent or an emergency or anything": denied
		if m.Name == string(TopicEmergency) && emergencyWord.Has(toks[m.Start]) && deniedBefore(toks, m.Start) {
			return true
		}
		// "the neighbors thought something was on fire", "so proud I
		// could burst": a figure of speech or a mistaken fright
		if m.Name == string(TopicEmergency) && (textmatch.Before(toks, m.Start, 4, figureOfSpeech) || w == "burst" && textmatch.Before(toks, m.Start, 3, couldBurst)) {
			return true
		}
		// "my aunt's name is still on the deed", "our contract ends in
		// june": a legal noun in a statement is the lead's situation; it is
		// a legal question only when the message asks
		if m.Name == string(TopicLegal) && weakLegal.Has(w) && t.Quests == 0 && !legalAsks.Has(toks[textmatch.ClauseStart(toks, m.Start)]) {
			// ("should I talk to a lawyer first" asks, without its "?")
			return true
		}
		// "can you set us up and send the contract?": paperwork to sign, a
		// next step, not a legal question
		if m.Name == string(TopicLegal) && (w == "contract" || w == "contracts" || w == "contrato" || w == "agreement") && textmatch.Before(toks, m.Start, 3, sendPaperwork) {
			return true
		}
		// "do you offer annual contracts?", "month-to-month contracts?":
		// a term of the plan, not a legal question
		// ("get out of my 2 year contract early without a penalty" stays
		// legal)
		if m.Name == string(TopicLegal) && (w == "contract" || w == "contracts" || w == "contrato" || w == "contratos") &&
			(m.Start > 0 && contractTerms.Has(toks[m.Start-1]) || m.End < len(toks) && contractTerms.Has(toks[m.End])) && !contractLeft(toks, m.Start) {
			return true
		}
		// "we have no compliance concerns", "legal had no questions": the
		// concerns denied
		if m.Name == string(TopicLegal) && concernWords.Has(toks[m.End-1]) &&
			(negated(toks, t.IDs, m.Start, 3) || slices.ContainsFunc(toks[m.Start:m.End], textmatch.Negators.Has)) {
			return true
		}
		// "options for our legal team", "we're a legal services firm": a
		// department or a trade, not a legal question
		if m.Name == string(TopicLegal) && w == "legal" && m.End < len(toks) && legalDept.Has(toks[m.End]) {
			return true
		}
		// "the appraisal came in at 1.4 million": a statement of value,
		// not a question about the offer's math
		if m.Name == string(TopicPricing) && (w == "appraisal" || w == "comps") && t.Quests == 0 {
			return true
		}
		// "any update on the appraisal?", "is the appraisal scheduled
		// yet?": its status, not the offer's math
		if m.Name == string(TopicPricing) && w == "appraisal" && clauseIn(appraisalStatus)(t, m) {
			return true
		}
		// "my first real job offer": an offer of work, not the offer's
		// exact number
		if m.Name == string(TopicPricing) && exactWords.Has(w) && toks[m.End-1] == "offer" && jobWords.Has(toks[m.End-2]) {
			return true
		}
		// "custom home", "modify the offer" stay ordinary
		if w == "custom" && m.End < len(toks) && ordinaryCustom.Has(toks[m.End]) {
			return true
		}
		// a pricing match is decided once every billing match is known
		if m.Name == string(TopicPricing) {
			priced = append(priced, m)
			return true
		}
		if m.Name == string(TopicBilling) {
			billed = append(billed, m)
		}
		for i, tp := range Topics {
			if Topic(m.Name) == tp {
				seen[i] = true
			}
		}
		return true
	})
	// "there's an incorrect charge on my bill", "what is this charge on my
	// card?": the charge a pricing pattern read ("is ... charge") is one a
	// billing pattern disputes, so the lead asks about a charge made, not
	// about what a charge will be
	pricing := slices.ContainsFunc(priced, func(m textmatch.Match) bool { return !chargeBilled(toks, m, billed) })
	var out []Topic
	for i, tp := range Topics {
		if seen[i] || tp == TopicPricing && pricing {
			out = append(out, tp)
		}
	}
	return out
}

// chargeBilled reports a fee word of pricing match m that one of the
// billing matches covers too.
func chargeBilled(toks []string, m textmatch.Match, billed []textmatch.Match) bool {
	for k := m.Start; k < m.End; k++ {
		if !feeWords.Has(toks[k]) {
			continue
		}
		for _, b := range billed {
			if b.Start <= k && k < b.End {
				return true
			}
		}
	}
	return false
}

var (
	// patienceLeadIns may stand before "done being patient" or
	// "patience is running out" when it is the lead's own
	patienceLeadIns = textmatch.NewSet(textmatch.Break, "im", "am", "were", "are", "so", "just", "my", "our", "honestly", "really", "officially", "and", "ok", "well")
	// beStraight after "enough beating around the bush" make it the
	// lead's own directness: "I'll be straight"
	beStraight = textmatch.NewSet("straight", "honest", "blunt", "direct", "frank")
)

// oathTailAtSender reports what follows a fed-up match after an oath: the
// clause ends, or goes on to the sender ("con sus mensajes", "con tantas
// llamadas") or only fillers ("ya"), not to a thing of the lead's ("las
// cucarachas en la cocina").
func oathTailAtSender(toks []string, m textmatch.Match) bool {
	ce := max(m.End, textmatch.ClauseEnd(toks, m.Start))
	if esSenderRef(toks, m.End, ce) || slices.ContainsFunc(toks[m.End:ce], esSenderThings.Has) {
		return true
	}
	return !slices.ContainsFunc(toks[m.End:ce], func(w string) bool {
		return !esOaths.Has(w) && w != "tanto" && w != "tantas" && w != "tantos" && w != "tanta"
	})
}

// likeBefore reports a comparison just before toks[k]: "like last
// winter", "same as last year", "como el año pasado".
func likeBefore(toks []string, k int) bool {
	art := func(w string) bool { return w == "el" || w == "la" }
	return k >= 1 && toks[k-1] == "like" || k >= 2 && toks[k-2] == "like" && toks[k-1] == "it" ||
		k >= 2 && toks[k-2] == "same" && toks[k-1] == "as" || k >= 2 && toks[k-2] == "como" && art(toks[k-1]) ||
		k >= 3 && toks[k-3] == "como" && art(toks[k-2]) // "como el invierno pasado"
}

// ongoingFrom before "X ago" keep the event going since then: "no heat
// since 3 days ago", "started 2 days ago", "desde hace".
var ongoingFrom = textmatch.NewSet("since", "started", "starting", "desde", "began", "begun")

// esOaths vouch for what follows "que": "posta que", "la neta que", "te
// juro que".
var esOaths = textmatch.NewSet("posta", "neta", "la", "verdad", "de", "en", "serio", "te", "le", "les", "juro", "ay", "uy", "ya", "bueno", "pues", "dale", "hombre", "mira", "mire")

// pastOrRecurring reports an emergency's clause that sets it in the past
// ("last winter", "two years ago", "la tormenta pasada", "hace tres
// meses", "back in 2019") or makes it recur with the rain ("cuando
// llueve", "every time it rains"), with no word of now in the clause
// ("now", "still", "again") or in the message ("ahorita", "today", "está
// lloviendo").
func pastOrRecurring(toks []string, m textmatch.Match) bool {
	cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
	if slices.ContainsFunc(toks, nowWords.Has) || slices.ContainsFunc(toks[cs:ce], stillWords.Has) {
		return false
	}
	// "se está metiendo agua cuando llueve": with the rain, each time
	for k := cs; k+1 < ce; k++ {
		if (toks[k] == "when" || toks[k] == "whenever" || toks[k] == "cuando") && (toks[k+1] == "it" && k+2 < ce && toks[k+2] == "rains" || toks[k+1] == "llueve" || toks[k+1] == "rains") ||
			toks[k] == "time" && toks[k+1] == "it" && k+2 < ce && toks[k+2] == "rains" || toks[k] == "vez" && toks[k+1] == "que" && k+2 < ce && toks[k+2] == "llueve" {
			return true
		}
	}
	// "the basement is flooding", "se está inundando": happening now,
	// whatever else the clause tells of the past
	if slices.ContainsFunc(toks[max(cs, m.Start-2):m.End], progressiveAux.Has) {
		return false
	}
	for k := cs; k < ce; k++ {
		w, next := toks[k], ""
		if k+1 < ce {
			next = toks[k+1]
		}
		// "just like last winter", "same as last winter", "como el año
		// pasado": a comparison ("como hace dos años" is "about")
		if likeBefore(toks, k) {
			continue
		}
		switch {
		// ("20 minutes ago", "an hour ago" is now)
		// ("no heat since 3 days ago", "started 2 days ago": still going)
		case w == "last" && pastSeasons.Has(next), w == "ago" && k > cs && pastSeasons.Has(toks[k-1]) && !textmatch.Before(toks, k, 4, ongoingFrom), w == "back" && next == "in",
			(w == "pasado" || w == "pasada") && k > cs && pastSeasons.Has(toks[k-1]),
			w == "hace" && (pastSeasons.Has(next) || k+2 < ce && pastSeasons.Has(toks[k+2])):
			return true
		}
	}
	return false
}

// hadAndFixed reports an emergency the lead had, "had" or "tuvimos"
// just before it in its clause, that a later word says was fixed: not a
// fix asked for ("need it fixed asap") or denied, and nothing puts it
// now ("today", or "still" in its clause).
func hadAndFixed(toks []string, ids []int32, m textmatch.Match) bool {
	cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
	if !slices.ContainsFunc(toks[max(cs, m.Start-4):m.Start], hadWords.Has) || slices.ContainsFunc(toks, nowWords.Has) || slices.ContainsFunc(toks[cs:ce], stillWords.Has) {
		return false
	}
	for k := m.End; k < len(toks); k++ {
		if fixedWords.Has(toks[k]) && !negated(toks, ids, k, 3) && !slices.ContainsFunc(toks[max(m.End, k-2):k], fixWanted.Has) {
			return true
		}
	}
	return false
}

// ownJob reports a topic word that names the lead's job: "I'm a family
// lawyer", "I'm an emergency room nurse", "soy abogada", "I work in the
// emergency department", "trabajo en servicios de emergencia" (not "I'm
// in an emergency", "I am having an emergency").
func ownJob(toks []string, start int) bool {
	cs := textmatch.ClauseStart(toks, start)
	for k := start - 1; k >= max(cs, start-5); k-- {
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1]
		}
		switch w := toks[k]; {
		case w == "soy" && start-k <= 2:
			return true
		case w == "am" && start-k <= 3 && (next == "a" || next == "an"):
			return true
		case (w == "work" || w == "works" || w == "worked" || w == "trabajo" || w == "trabaja") && jobPrep.Has(next):
			return true
		}
	}
	return false
}

var (
	hadWords   = textmatch.NewSet("had", "tuvimos", "tuve", "tuvo")
	fixedWords = textmatch.NewSet("fixed", "repaired", "replaced", "arreglaron", "arreglado", "arreglada", "arreglo")
	jobPrep    = textmatch.NewSet("in", "at", "for", "as", "en", "de", "como", "para")
	fixWanted  = textmatch.NewSet("need", "needs", "get", "want", "wants", "have", "ocupo", "necesito", "quiero")
)

var (
	// pastSeasons are the spans that set an event in the past: "last
	// winter", "el invierno pasado", "hace dos años"
	pastSeasons = textmatch.NewSet("winter", "winters", "summer", "summers", "spring", "fall", "autumn", "year", "years", "storm", "hurricane", "season", "month", "months",
		"week", "weeks", "days", "semana", "semanas", "dias",
		"invierno", "verano", "primavera", "otono", "ano", "anos", "tormenta", "huracan", "temporada", "mes", "meses", "inviernos")
	// nowWords put an event in the present
	nowWords = textmatch.NewSet("ahorita", "currently", "tonight", "today", "hoy", "lloviendo", "raining")
	// progressiveAux put the event in progress: "is flooding", "se está
	// inundando"
	progressiveAux = textmatch.NewSet("is", "are", "its", "esta", "estan", "keeps", "sigue", "siguen")
	// stillWords keep an event going in its clause
	stillWords = textmatch.NewSet("now", "ahora", "still", "todavia", "again", "sigue", "siguen")
)

var (
	// contractExit: leaving a contract, a legal question whatever its
	// length
	contractExit = textmatch.NewSet("penalty", "penalties", "breaking", "terminate", "termination", "cancel", "cancelling", "canceling", "penalidad", "multa", "romper")
	// the length of a plan's contract
	contractTerms = textmatch.NewSet("annual", "yearly", "monthly", "multiyear", "month", "year", "anual", "anuales", "mensual", "mensuales")
	weakLegal     = textmatch.NewSet("power", "poder", "notice", "contract", "contracts", "lien", "liens", "title", "deed", "easement", "zoning", "liability", "liable",
		"lawyer", "lawyers", "attorney", "attorneys",
		"abogado", "abogada", "abogados", "juez", "jueza", "demanda", "juicio",
		"llc", "irs", "cpa", "1031", "probate", "escrow", "trust", "capital", "tax", "taxes", "mess", "affect", "impact")
	// a question without its "?": "does it support SCIM w okta"
	questionOpeners = textmatch.NewSet("does", "do", "can", "could", "will", "would", "is", "are", "how", "what", "which", "puede", "pueden", "se")
	sendPaperwork   = textmatch.NewSet("send", "sign", "email", "forward", "docusign", "mandar", "mande", "mandame", "manden", "enviar", "envien", "firmar", "firmo")
	legalAsks       = textmatch.NewSet("should", "do", "does", "can", "could", "will", "would", "is", "are", "shall", "debo")
	billingTools    = textmatch.NewSet("software", "system", "platform", "module", "templates", "reminders", "tool", "tools", "workflow")
	legalDept       = textmatch.NewSet("team", "teams", "department", "dept", "ops", "operations", "group", "services", "industry", "sector", "staff", "assistant", "assistants", "tech", "firm", "firms", "practice", "space")
	notEmergency    = textmatch.NewSet("damage", "damaged", "issues", "problems", "problem", "leaks", "stains", "of", "pressure", "bill", "bills", "heater")
	ordinaryCustom  = textmatch.NewSet("home", "homes", "house", "built", "cabinets", "closet", "closets", "kitchen", "made", "paint", "tile")
	// exactWords open the exact-number pattern; one of jobWords right
	// before the offer makes it an offer of work ("my first real job
	// offer"; "the exact job quote" is the price)
	exactWords = textmatch.NewSet("exact", "specific", "actual", "real")
	jobWords   = textmatch.NewSet("job", "work", "employment", "teaching", "nursing")
)

// noProviderNamed follow "locked in with" when no provider is named
var noProviderNamed = textmatch.NewSet("a", "an", "the", "this", "that", "my", "our", "his", "her", "their", "it", "them", "you", "u", "yall", "your", "rate", "me", "us", textmatch.Break)

var genericCompetitor = textmatch.MustCompile(map[string]textmatch.Set{
	"vendor": textmatch.NewSet("company", "companies", "buyer", "buyers", "investor", "investors", "firm", "firms", "offer", "offers",
		"outfit", "agency", "lender", "lenders", "bank", "banks", "broker", "brokers", "contractor", "contractors", "plumber",
		"plumbers", "roofer", "roofers", "installer", "installers", "vendor", "vendors", "provider", "providers", "carrier",
		"carriers", "agent", "agents", "realtor", "realtors", "platform", "tool", "software", "dealer", "quote", "quotes", "shop"),
}, []textmatch.Rule{
	{Name: "other company", Pattern: "another|other|different|competing @vendor"},
	// "another one of those cash buyers came by and gave me a number"
	{Name: "other company", Pattern: "another|other one|ones of those|these ~1 @vendor"},
	{Name: "other company", Pattern: "someone|somebody else ~2 offered|quoted|offering|quoting"},
	{Name: "other company", Pattern: "got|have|had|received ~2 a|another|other|better|lower|cheaper ~1 quote|quotes|offer|offers|bid|bids|estimate|estimates ~3 from"},
	{Name: "other company", Pattern: "went|switched|switching|going with someone|somebody"},
	{Name: "other company", Pattern: "competitor|competitors|competition"},
	// dev300, dev301, dev303 (stop 52): "otro señor que se anuncia en el
	// periódico me lo deja en 120", "los de Goettl me dejan el mismo
	// equipo ... en como 900 menos", "me sacaron una tasa como medio punto
	// más abajo", "the company I'm with now just sent my renewal"
	{Name: "other company", Pattern: "otro|otra senor|compania|empresa|banco|muchacho|agente|contratista|tienda|aseguranza ~6 me|nos lo|la|los? deja|dejan|dejo|dejaron|ofrece|ofrecen|dio|dieron|cobra|cobran / los|las de ~3 me|nos lo|la|los? deja|dejan|dejaron|ofrecen|dieron|cobran ~9 menos|barato|abajo / me|nos sacaron|consiguieron|dieron una tasa|rate ~4 abajo|menos|baja|mejor"},
	{Name: "current provider", Pattern: "company|carrier|insurer|lender|provider|bank im|were with now|currently"},
	// a tool in use now, on another's free plan (blind71, stop 71):
	// "we've been limping along on the free Jotform plan"
	{Name: "current provider", Pattern: "limping along|by on|with the|their|a free ~2 plan|tier|version|app|tool|software"},
	// dev319 (stop 53): "un demo de otro programa ... y sale más barato",
	// "los de la troca blanca que vinieron el jueves dicen que ... por como
	// 11 mil", "the guy who writes our policy now says he can shave 8%",
	// "tengo con los de la lagartija", "una señora que vende seguros por
	// su cuenta y ya me está armando algo"
	{Name: "other company", Pattern: "otro|otra programa|sistema|software|app|aseguradora|compania ~9 mas barato|barata|mejor|menos / los de ~4 que vinieron|vino ~6 por|dicen|dijeron / guy|agent|lady|man who|that writes|handles our|my policy|insurance now / tengo|tenemos con los|las de / vende|venden seguros ~8 armando|cotizando|cotizacion"},
	// dev310 (stop 53): "the credit union de Wenatchee ya me dio un
	// número", "mi compadre tiene el suyo con los de la unión y le sale
	// más barato", "the fella from the Farm Bureau's coming out Monday to
	// do the same thing", "el señor que compra casas ... me daba ... más
	// 5 mil"
	{Name: "other company", Pattern: "credit union ~3 ya me|nos dio|dieron un|una numero|cotizacion|tasa|oferta / bank|banco ~3 ya me|nos dio|dieron un|una numero|cotizacion|tasa|oferta / credit union ~3 gave|quoted|offered me|us / con los|las de ~6 le|les sale|salen mas barato|barata / from ~4 coming out ~3 to do the same / from ~4 coming out ~3 to do it / senor|senora|muchacho|hombre|otro|otra|alguien que compra|compran casas ~6 me|nos daba|daria|ofrecio|ofrecia"},
	// dev281: "a young man from another AC company came by", "they sent
	// us a loan estimate too, and theirs is lower on the rate"
	{Name: "other company", Pattern: "another|other|different ~2 @vendor / theirs is|was|came lower|cheaper|better|less / theirs is|was|came in lower|cheaper|under"},
	// dev323 (stop 54): "theirs has the lifetime glass breakage thrown in
	// and yours doesn't", "me dieron un papelito con su propia oferta",
	// "my brother-in-law's with the gecko guys"
	{Name: "other company", Pattern: "theirs has|includes|comes|covers|got ~8 yours dont|lacks|isnt / su|sus propia|propio|propias|propios oferta|ofertas|cotizacion|tasa|cotizaciones / their own offer|quote|rate|bid|estimate"},
	{Name: "other company", Pattern: "gecko guys|people|folks|company|ones|lizard"},
	// dev332 (stop 54): "the credit union he swears by came back with a
	// better rate", "quería ver qué me dice usted comparado con ellos"
	{Name: "other company", Pattern: "came|come|comes back with a|an? better|lower|cheaper rate|offer|quote|number|price|deal / comparado|comparada|comparados con ellos|ellas|esos|esas / comparado|comparada|comparados con la|el|los otra|otro|otros"},
	// dev286, dev288: "we already had DiNapoli Roofing out Monday", "got
	// us a number from Ferrara Bros", "I will compare yours with what they
	// showed me", "los de Roofing Pros ya vinieron y me cobran 11 mil"
	{Name: "other company", Pattern: "had|got ~2 roofing|plumbing|hvac|construction|bros|brothers|contracting|exteriors out / had|got a|another roofer|plumber|electrician|contractor|company out / roofing|plumbing|hvac|construction|bros|brothers|contracting|exteriors came|come out|by / got|get us|me a number|price|quote|estimate|bid from ~2 roofing|plumbing|hvac|bros|brothers|company|co|another|other|construction|contracting|exteriors"},
	{Name: "comparison", Pattern: "compare yours|your|you with|to|against what|theirs|them|the"},
	// stop 56, from the dev conversations that reached no handoff: an
	// offer made elsewhere, measured against the sender's ("the outfit
	// with the orange signs already emailed me a number, so tomorrow works
	// if yours can beat it", "their monthly is about forty bucks under
	// yours", "¿me lo pueden igualar?", "that's what you're up against",
	// "is that something you all can get near?", "y'all got some
	// convincing to do", "above what I pay now")
	// (a price named in the message: see offerComparison)
	{Name: "offer comparison", Pattern: "if yours|you|yall can beat|match|top it|that|theirs / can you|yall beat|match|top that|it|theirs / can you|yall all? get|come near|close to? that|it / something you|yall all? can get|come near|close / me lo|la|los pueden|puede|puedes igualar|mejorar|ganar"},
	{Name: "offer comparison", Pattern: "ustedes|usted le|lo|la|me|nos pueden|puede|podrian|podria igualar|mejorar|ganar / ustedes|usted|yall can|could beat|match|top that|it|theirs"},
	// "maybe spend less time on webinars and more time shipping what we
	// already pay for" (dev363, stop 56) is frustration: see frustRules
	{Name: "comparison", Pattern: "what you are up against / what you are up against / what you all are up against / under|below yours / cheaper|less than yours / got|have some convincing to do / above what i|we pay now|currently / higher|more than what i|we pay now|currently / me consigue|consiguen|consigo|conseguimos lo mismo por menos / me consigue|consiguen|consigo|conseguimos lo mismo mas barato"},
	{Name: "quote elsewhere", Pattern: "already ~1 sent|emailed|mailed|gave|left|texted|quoted me|us|my ~2 a|an number|quote|price|offer|bid|estimate|paper|folder|figure / ran my|our information|info|numbers ~4 came back"},
	{Name: "other company", Pattern: "los de ~3 ya vinieron|vino|cotizaron / los de ~3 me cobran|cobraron|dieron|cotizaron"},
	// "we're switching from 7shifts porque subieron el precio": leaving a
	// provider ("switching from paper" is checked)
	{Name: "switching provider", Pattern: "switching|migrating|cambiando|cambiandonos from|de"},
	// "the builder has their own lender y nos ofrecen pagar los closing
	// costs", "the seller's preferred lender"
	{Name: "other company", Pattern: "builder|builders|seller|sellers|agent|realtor ~3 own|preferred lender|lenders|mortgage / preferred lender|lenders"},
	// "a guy from one of those we buy houses outfits", "they already
	// preapproved us, she wants a 2nd one to compare"
	{Name: "other company", Pattern: "we buy houses|homes / one of those ~4 outfits|companies|places|investors|flippers / already ~1 preapproved|prequalified|approved us|me / get|got a 2nd|second one ~2 to compare"},
	// "wanted a second opinion", "quería otra opinión": someone else
	// has already looked and quoted
	{Name: "other company", Pattern: "second|another|2nd opinion / otra|segunda opinion"},
	// "one of those online iBuyer places"
	{Name: "other company", Pattern: "ibuyer|ibuyers|ibuying / online ~1 buyer|buyers|places|place|companies|company|lender|lenders"},
	// Spanish, and a comparison with what the lead uses now: "otra
	// aseguradora me cotizó", "¿qué tienen ustedes que no tenga
	// QuickBooks?", "how are you different from the one we use?"
	// dev266: "you'd have to beat what the outfit from Wichita put on the
	// table", "the outfit we've been with for nine years", "some storm
	// chaser crew ... knocking doors"
	{Name: "comparison", Pattern: "have|need|got to beat|top what|their|his|her"},
	{Name: "other company", Pattern: "outfit|vendor|provider|carrier|agency|lender|bank|insurer we|i have been with|using / outfit|vendor|provider|carrier|agency|lender|bank|insurer weve|ive been with|using / storm chaser|chasers / knocking doors"},
	// dev269: "got his refi at 6 y cuarto with the credit union he banks
	// with", "eso mismo me prometió Gusto ... por eso me salí", "my
	// cuñada works at a State Farm office and she says she can do it más
	// barato"
	{Name: "other company", Pattern: "with the|a|his|her|their credit union ~1 he|she|they bank|banks|use|uses / with the|a|his|her|their bank ~1 he|she|they bank|banks|use|uses / eso|lo mismo me|nos prometio|prometieron / por eso me|nos sali|salimos|cambie|cambiamos de|con la|el compania|empresa|banco|proveedor|plan|seguro|aseguradora"},
	{Name: "comparison", Pattern: "says|dice|said|dijo ~3 can|puede|could|podria do|hacer|hacerlo|dejarlo it? ~2 mas barato / says|dice|said|dijo ~3 can|puede|could|podria do|hacer|hacerlo|dejarlo it? ~2 cheaper / says|dice|said|dijo ~3 can|puede|could|podria do|hacer|hacerlo|dejarlo it? ~2 for less"},
	// dev273: "el banco donde tenemos la cuenta ya nos dio una
	// pre-aprobación al 6.9", "the guy ... ya me dio un precio. Si ustedes
	// lo ganan, me cambio"
	{Name: "other company", Pattern: "ya me|nos dio|dieron ~2 un|una precio|oferta|cotizacion|pre|preaprobacion|aprobacion / si ustedes lo|la ganan|mejoran|igualan|superan"},
	// "a trial con otra app, la de 7shifts"
	{Name: "other company", Pattern: "trial|prueba|probando|usando|using con|with otra|another app|aplicacion|plataforma"},
	// "my neighbor's agent already came out and wrote me up a number":
	// someone else's provider, and what that one quoted or did
	{Name: "other company", Pattern: "neighbors|friends|brothers|sisters|cousins|dads|moms|buddys|coworkers agent|guy|adjuster|contractor|roofer|lender|broker|realtor|rep|company|outfit|plumber|installer ~10 quoted|quote|wrote|offered|bid|estimate|came"},
	{Name: "other company", Pattern: "otra|otro ~1 compania|empresa|banco|aseguradora|prestamista|contratista|plomero|agencia|inversionista|comprador|cotizacion|proveedor|@vendor / la competencia / me ofrecieron|cotizaron|dieron|mandaron|enviaron|hicieron ~2 una|un|otra|otro? oferta|cotizacion|presupuesto"},
	{Name: "comparison", Pattern: "if you|yall cant|can ~1 beat|match|top ~2 that|it|this|their|them|what / can|could you|yall ~1 beat|top that|it|this|them|their / can|could you|yall ~1 match ~2 price|quote|offer|rate|that / pueden mejorar|igualar ~2 eso|esa|ese|lo que"},
	{Name: "comparison", Pattern: "also|too looking at|considering|comparing / what makes you|your|yours ~2 different|better / que los hace ~1 diferentes|mejores"},
	// the tool used now, then the question: "we use Vagaro right now ...
	// what's different with you guys?", "ahorita uso Square, ¿el suyo es
	// mejor o qué?"
	{Name: "comparison", Pattern: "what is different with|about you / el suyo|tuyo es mejor / el de ustedes es mejor / son ustedes mejores"},
	// a tool tried, then "what do you do differently?" (blind74, stop
	// 72), "¿qué hacen ustedes diferente?", closing its clause or said
	// against others (not "what do you do differently for flat roofs?";
	// see differentFromOthers)
	{Name: "differently", Pattern: "what do|does you|yall|your ~2 do|doing different|differently | / what do|does you|yall|your ~2 do|doing different|differently from|than|compared|vs / que hacen ustedes ~1 diferente|distinto |"},
	// "full disclosure, I'm also talking to Navy Federal"
	{Name: "comparison", Pattern: "also talking|speaking|working to|with / tambien hablando|platicando con"},
	// "tell me why I'd pick y'all over them"
	{Name: "comparison", Pattern: "pick|choose you|yall ~1 over them|those|him|her|that / go with you|yall ~1 over them|those|him|her|that"},
	{Name: "comparison", Pattern: "que tienen|ofrecen ustedes ~2 que no / what do|does you|your|yours ~3 that ~3 dont|cant / how are|is you|your|yours ~3 different|better|compared / compared to ~1 what we|our / compared to the one|ones we / vs|versus what we|our"},
	{Name: "other company", Pattern: "someone|somebody else ~2 offered|quoted|offering"},
	// a company the lead names by what it did: "State Farm quoted me
	// 140", "Opendoor already sent me an offer" (the subject is checked)
	{Name: "named company", Pattern: "quoted|offered me|us / sent|gave|made|mailed me|us ~2 a|an ~1 offer|quote|bid|estimate|preapproval|pre|approval|rate / sent|gave|made me|us one|something|numbers"},
	// "Offerpad came by and made an offer" (the subject is checked)
	{Name: "named company", Pattern: "made|gave|sent an|a offer|quote|bid"},
	// "seeing if anyone will beat it", "convince me why you're any
	// different"
	{Name: "comparison", Pattern: "someone|anyone|anybody|somebody|you|yall will|can|could ~1 beat it|that|them / why you are|youre ~1 any|so? different|better"},
	// "how do I know you're any different from them?", "why would I go
	// with you over them?"
	{Name: "comparison", Pattern: "you are|youre any|so? different|better from|than them|they|those|that / go with you|yall over|instead / choose|pick you|yall over"},
	// "had another guy out here tuesday, he's about 1500 cheaper on the
	// same unit": another tradesman who came out, and his lower price
	{Name: "other company", Pattern: "had|got another|other guy|tech|crew|company|outfit ~1 out|over|come|came|look / had|got a different|second guy|tech|crew|company|outfit ~1 out|over|come|came|look / had|got one more guy|tech|crew|company ~1 out|over|come|came|look"},
	{Name: "comparison", Pattern: "he|she|they|hes|shes|theyre ~4 cheaper|lower ~2 for|on the same"},
	// another company's quote, and what someone uses that is cheaper: "a
	// nex company come out yesterday an quote mi 7800", "una amiga usa
	// Vagaro y me dijo que es más barato" ("I think you can do better on
	// the price" and "convénceme" bargain, with no competitor; "the
	// tankless uses less gas and is cheaper" is a product)
	// (a company "to quote my roof" is the one sought)
	{Name: "other company", Pattern: "another|other|nex|next company|outfit|contractor|guy ~4 quote|quoted|offered / a company|outfit|contractor|guy ~4 quoted|offered"},
	{Name: "comparison", Pattern: "amiga|amigo|vecina|vecino|friend|neighbor|brother|sister|hermano|hermana|cunado|cunada|primo|prima|coworker|jefe|boss ~3 usa|uses|usan|using ~6 mas barato|barata / amiga|amigo|vecina|vecino|friend|neighbor|brother|sister|hermano|hermana|cunado|cunada|primo|prima|coworker|jefe|boss ~3 usa|uses|usan|using ~6 cheaper"},
	// "my buddy says he can get me 5.9 no points so. beat that"
	{Name: "comparison", Pattern: "so|now beat that|this|it / beat that|this"},
	// a price to match or stay put: "you'd have to be close to that",
	// "si ustedes salen más caros mejor me quedo donde estoy"; and a
	// contract with someone now: "we're locked in with Motive till next
	// spring", "la aseguradora que tengo ahorita"
	{Name: "comparison", Pattern: "you|yall|youd|yalld would|will? have to be close to|near|under|below|around that|it|them|this / tendrian|tienen que ~2 igualar|mejorar|acercarse / me|nos quedo|quedamos donde|con lo que ~1 estoy|estamos|tengo|tenemos"},
	{Name: "other company", Pattern: "locked|stuck in with / under|in a contract with / aseguradora|compania|banco|proveedor|agencia que tengo|tenemos"},
	// a number to beat or come in under, the one the lead sticks with:
	// "whatever you come up with has to beat his", "you'd need to come
	// in under that or I'm sticking with him", "can you do better than
	// that?", "¿qué tienen ustedes de diferente?"
	{Name: "comparison", Pattern: "has|have|got|need|needs|gotta|gonna to beat ~1 his|hers|theirs|that|it|them|this|their / come|coming in under|below|lower than? that|his|theirs|it|them / sticking|stick|staying|stay with him|her|them / sticking|stick|staying|stay with my guy|current / sticking|stick|staying|stay with what i have|got / can|could you|yall ~1 do better than that|this|it|them|theirs|his / que tienen|son ustedes de? diferente|distinto|diferentes|distintos / en que son ustedes ~1 diferentes|distintos|mejores"},
	// "our current vendor just told us the renewal is going up 30%"
	{Name: "other company", Pattern: "current|existing|present @vendor"},
	// "my neighbor's roofer is coming by thursday to give me a number too"
	{Name: "other company", Pattern: "@vendor ~9 give|giving|get|send me|us a number|quote|price|bid|estimate ~2 too|also"},
	// "already had a guy from ABC Roofing out here and he quoted 14k"
	{Name: "other company", Pattern: "had|got a guy|tech|crew|company|contractor|roofer|plumber|man|fella|dude from ~3 out|over|come|came|look|looking"},
	// "Looker came in about 20% cheaper for the same seat count"
	{Name: "named company", Pattern: "came|comes in ~5 cheaper|lower|under|less"},
	// a lender or a shop the lead names by its kind: "the credit union by
	// my work quoted 6.125", "my bank offered 6.3" (the sender's own
	// "your bank" is checked)
	{Name: "other company", Pattern: "bank|union|lender|broker|insurer|dealer|dealership|roofer|plumber|contractor|installer|agency|company|companies|investor|investors|buyer|buyers|flipper|flippers ~4 quoted|offered|quoting|offering"},
	// a company named in Spanish by what it did: "State Farm me cotizó
	// $142", "Banco del Sol me ofreció 6.1", "Opendoor ya me ofreció 310"
	// (the subject is checked)
	{Name: "named company", Pattern: "me|nos cotizo|cotizaron|ofrecio|ofrecieron"},
	// what it sent or did, singular or perfect: "Offerpad me mandó una
	// oferta", "un banco de Doral ya me ha precalificado", "those apps
	// already sent me a number" (the subject is checked)
	{Name: "named company", Pattern: "me|nos mando|envio|dio|hizo|paso|dejo|mandaron|enviaron|dieron|hicieron|pasaron|dejaron ~2 una|un? oferta|cotizacion|presupuesto|offer|quote / me|nos |? precalifico|precalificaron|precalificado|preaprobo|preaprobaron|preaprobado / sent|gave me|us a number"},
	// "una de esas compañías que compran casas ya me mandó un número": a
	// company by its kind sent a figure (not "mi cuñado me pasó un número")
	{Name: "other company", Pattern: "compania|companias|empresa|empresas|banco|bancos|inversionista|inversionistas|aseguradora|agencia|contratista ~8 me|nos mando|envio|dio|paso|mandaron|enviaron|dieron|pasaron ~1 un numero|precio"},
	// "también estamos viendo Runa", "quería comparar con ustedes"
	{Name: "comparison", Pattern: "tambien estamos|estoy viendo|mirando|evaluando|considerando|checando|cotizando / queria|quiero|quisiera|queremos comparar ~1 con ~2 ustedes|uds|usted / comparando con ustedes|uds|otros|otras"},
	// dev40, dev41: "opendoor came in at 287", "lemonade has me at 14",
	// "en Rocket me dieron 6.6 … si me lo mejoran" (the subject is
	// checked)
	{Name: "named company", Pattern: "came|comes in at / has|had|got me|us at / me|nos dieron|dio"},
	{Name: "comparison", Pattern: "me|nos lo|la mejoran|mejoren|igualan|igualen|superan|superen|bajan|bajen"},
	// "¿ustedes lo pueden mejorar?", "el banco de la base me ofreció 6.1"
	{Name: "comparison", Pattern: "ustedes|uds|usted|ud lo|la pueden|podrian|puede|podria|podran mejorar|igualar|superar|bajar"},
	{Name: "other company", Pattern: "banco|bancos|prestamista|aseguradora|contratista|plomero|agencia|inversionista|inversionistas|compania|empresa ~6 me|nos ofrecio|ofrecieron|cotizo|cotizaron"},
	// "la tasa me pareció alta, 7.1. quiero ver si ustedes me mejoran eso"
	{Name: "comparison", Pattern: "me|nos mejoran|mejoren|igualan|igualen|superan|superen eso|esa|ese|esto / me|nos pueden|podrian|puede|podria mejorar|igualar|superar eso|esa|ese|esto"},
	// "halfway through a trial with FloQast, so tell me why I'd bother
	// switching"
	{Name: "comparison", Pattern: "why id|would i ~2 switch|switching / tell me why ~4 switch|switching"},
	// "curious if you'd beat it"
	{Name: "comparison", Pattern: "youd|ud beat|top it|that|them / you|yall would ~1 beat|top it|that|them"},
	// "seeing if y'all can beat it", "¿ustedes pueden mejorarlo?": can,
	// and the Spanish pronoun after the verb
	// (an offer, a rate or a number told before it: not "can you beat
	// that? the storm took half the shingles")
	{Name: "beat an offer", Pattern: "you|yall ~1 can|could ~1 beat|top it|that|them|theirs|his|hers / ustedes|uds|usted|ud pueden|podrian|puede|podria|podran mejorarlo|mejorarla|igualarlo|igualarla|superarlo|superarla|bajarlo|bajarla"},
})

// offerBefore reports an offer, a rate, a quote or a figure told before
// i: "the credit union put something in front of me at 6.25 ... can y'all
// beat it", "ya me mandó un número ... ¿ustedes pueden mejorarlo?".
func offerBefore(toks []string, i int) bool {
	for k, w := range toks[:i] {
		if offerWords.Has(w) && (k == 0 || !senderOffer.Has(toks[k-1])) || w != "" && w[0] >= '0' && w[0] <= '9' && !senderOfferBefore(toks, k) {
			return true
		}
	}
	return false
}

// senderOffer before an offer word makes it the sender's own: "su oferta
// de 180 está muy baja, ¿ustedes pueden mejorarla?", "your offer"
var senderOffer = textmatch.NewSet("su", "sus", "your", "ur", "yalls", "tu")

// senderOfferBefore reports a figure that follows the sender's own offer
// word: "su oferta de 180"
func senderOfferBefore(toks []string, k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if offerWords.Has(toks[j]) && j > 0 && senderOffer.Has(toks[j-1]) {
			return true
		}
	}
	return false
}

var offerWords = textmatch.NewSet("offer", "offered", "quote", "quoted", "rate", "price", "bid", "estimate", "number",
	"oferta", "ofrecio", "ofrecieron", "cotizacion", "cotizo", "presupuesto", "precio", "tasa", "numero")

// leavesProvider reports a provider named at toks[i] after "switching
// from": a name or a vendor, not paper, a spreadsheet, a place or a
// habit ("switching from paper", "moving from Texas").
func leavesProvider(t textmatch.Text, i int) bool {
	toks := t.Toks
	if i < len(toks) && (toks[i] == "a" || toks[i] == "an" || toks[i] == "the" || toks[i] == "our" || toks[i] == "el" || toks[i] == "la" || toks[i] == "nuestro") {
		i++
	}
	if i >= len(toks) || toks[i] == textmatch.Break || len(t.IDs) != len(toks) {
		return false
	}
	w := toks[i]
	if notVendorNouns.Has(w) || placeWords.Has(w) {
		return false
	}
	// a vendor by kind, or a word no rule knows (a product's name:
	// "7shifts", "deputy")
	return genericVendor.Has(w) || t.IDs[i] == 0
}

var (
	notVendorNouns = textmatch.NewSet("paper", "papel", "excel", "spreadsheet", "spreadsheets", "sheets", "whiteboard", "pen", "notebook",
		"libreta", "cuaderno", "manual", "nothing", "nada", "renting", "rent", "rentar", "cash", "checks", "email", "text", "texting", "whatsapp")
	genericVendor = textmatch.NewSet("vendor", "provider", "lender", "bank", "insurer", "carrier", "company", "system", "platform", "software", "tool", "app", "proveedor", "banco", "aseguradora", "compania", "sistema", "plataforma")
	placeWords    = textmatch.NewSet("texas", "florida", "california", "ohio", "york", "state", "city", "town", "here", "there", "mexico", "house", "home", "apartment", "casa")
)

// topicNouns make the word before them a subject: "harassment training",
// "harassment policy".
var topicNouns = textmatch.NewSet("training", "trainings", "policy", "policies", "course", "courses", "module", "modules",
	"prevention", "video", "videos", "class", "classes", "program", "compliance", "law", "laws", "claim", "claims", "lawsuit")

// amountCue ends a named-company cue that must be followed by an amount:
// "came in at 287", "has me at 14", "me dieron 6.6".
var amountCue = textmatch.NewSet("at", "dieron", "dio")

// amountNext reports a number among the two tokens from i.
func amountNext(toks []string, i int) bool {
	for k := i; k < len(toks) && k < i+2; k++ {
		if strings.IndexFunc(toks[k], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
			return true
		}
	}
	return false
}

// senderOwn before a vendor noun makes it the sender's: "your bank
// quoted", "you guys' installer offered".
var senderOwn = textmatch.NewSet("your", "ur", "yall", "you", "su", "tu")

// explainAsked: confusion with a polite request to explain is no
// complaint: "no idea what any of that means, could you explain escrow?"
var explainAsked = textmatch.NewSet("explain", "walk", "look", "help", "explica", "explique")

// unhurried words take the heat out of a failure told: "nope, still
// not working on my end but no rush".
var unhurried = textmatch.NewSet("rush", "worries", "prisa")

// moneyWords name money without a figure: "forty bucks under yours".
var moneyWords = textmatch.NewSet("bucks", "dollars", "monthly", "payment", "premium", "dolares", "pesos", "mensualidad", "pago", "cheaper", "barato", "number", "numero", "paper", "papel").Gated()

// hasDigit reports a token with a digit: a price, a rate, an amount.
func hasDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }

// phoneLike reports a token of seven or more digits, or the last four of
// a phone number written "555 0101".
func phoneLike(w string) bool {
	return len(w) >= 4 && textmatch.AllDigits(w) && (len(w) >= 7 || len(w) == 4)
}

// competitorMentions finds configured names (whole words) and generic
// mentions; with no names configured, the national companies of
// knownBrands too.
// differentFromOthers reports "what do you do differently?" asked
// against others: said from, than or versus them ("from the big guys",
// "than the others"), or after another provider or tool the lead tried,
// used or had ("we had a trial of Opendock last year ... what do you do
// differently?"), not of a case of the lead's own ("with the panels on
// there, what do you do differently?", "than last year").
func differentFromOthers(toks []string, m textmatch.Match) bool {
	if m.End+1 < len(toks) && toks[m.End] != textmatch.Break {
		return othersAfter.Has(toks[m.End+1]) || m.End+2 < len(toks) && toks[m.End+1] == "the" && othersAfter.Has(toks[m.End+2])
	}
	return slices.ContainsFunc(toks[:m.Start], triedBefore.Has)
}

var (
	othersAfter = textmatch.NewSet("other", "others", "them", "everyone", "everybody", "most", "big", "competitors", "competition", "rest", "los", "las", "otros", "otras", "demas")
	triedBefore = textmatch.NewSet("tried", "trial", "trialed", "used", "using", "use", "had", "old", "last", "previous", "other", "another", "piloted", "pilot",
		"probamos", "probe", "usamos", "usabamos", "uso", "usaba", "tuvimos", "otra", "otro", "anterior")
)

func competitorMentions(t textmatch.Text, names []string) []string {
	toks := t.Toks
	var out []string
	var firsts []string // the first word of each name found
	for _, n := range names {
		nt := textmatch.Normalize(n).Words()
		if len(nt) == 0 {
			continue
		}
		if textmatch.ContainsSeq(toks, nt...) {
			out = append(out, n)
			firsts = append(firsts, nt[0])
		}
	}
	if m, ok := genericCompetitor.First(t, func(m textmatch.Match) bool {
		// "I'm also talking to Opendoor": the name found says it already
		for k := m.End; k < len(toks) && k < m.End+4 && toks[k] != textmatch.Break; k++ {
			if slices.Contains(firsts, toks[k]) {
				return false
			}
		}
		// stop 51's review: "I used to work for another roofing company",
		// "our neighbors did their roof, theirs is better" (no price
		// named), "los de la aseguranza ya vinieron" (a utility or an
		// insurer, no competitor)
		// ("you already sent me a quote": the sender's own; "my wife
		// already sent me a number to call": a phone number)
		if m.Name == "quote elsewhere" && (textmatch.Before(toks, m.Start, 4, senderPronoun) || toks[m.End-1] == "number" && m.End+1 < len(toks) && toks[m.End] == "to" || slices.ContainsFunc(toks, phoneLike)) {
			return false
		}
		// "can you beat that?" compares offers only with a price in the
		// message: "la del gecko me sale en 129, ¿me lo pueden igualar?"
		// (not "can you match it with the blue paint?")
		if m.Name == "offer comparison" && !t.HasAny(priceNouns) && !slices.ContainsFunc(toks, hasDigit) && !t.HasAny(moneyWords) {
			return false
		}
		if m.Name == "differently" && !differentFromOthers(toks, m) {
			return false
		}
		if m.Name == "other company" && textmatch.Before(toks, m.Start, 3, workedFor) ||
			// ("theirs has the glass breakage thrown in and yours doesn't":
			// two offers compared, no price needed)
			m.Name == "other company" && toks[m.Start] == "theirs" && !t.HasAny(priceNouns) && toks[m.End-2] != "yours" ||
			m.Name == "other company" && toks[m.Start] == "los" && t.HasAny(utilityNouns) {
			return false
		}
		return !negated(toks, t.IDs, m.Start, 3) && !(m.Name == "named company" && !namedSubject(toks, m.Start)) &&
			!(m.Name == "beat an offer" && !offerBefore(toks, m.Start)) &&
			// "me dio un número de reclamo": a claim's or an account's
			// number, not a figure ("un número de 180 mil" is one)
			!(toks[m.End-1] == "numero" && m.End+1 < len(toks) && toks[m.End] == "de" && !textmatch.AllDigits(toks[m.End+1])) &&
			!(m.Start > 0 && senderOwn.Has(toks[m.Start-1])) && (m.Name != "named company" || !amountCue.Has(toks[m.End-1]) || amountNext(toks, m.End)) &&
			// "we got a quote from you guys back in april": the sender's own
			!(toks[m.End-1] == "from" && m.End < len(toks) && senderPronoun.Has(toks[m.End])) &&
			!(m.Name == "switching provider" && !leavesProvider(t, m.End)) &&
			// "locked in with a 3% rate", "stuck in with the kids": a rate
			// or a situation, not a provider named
			!(toks[m.End-1] == "with" && (m.End >= len(toks) || noProviderNamed.Has(toks[m.End]))) &&
			// "what's different about you guys?" compares only with a tool
			// used now named before ("we use Vagaro right now ...")
			// ("what makes you different?" needs none)
			!(m.Name == "comparison" && (toks[m.Start] == "what" && m.Start+2 < len(toks) && toks[m.Start+1] == "is" && toks[m.Start+2] == "different" || toks[m.Start] == "el") &&
				!usesTool(toks[:m.Start]))
	}); ok {
		out = append(out, m.Name)
	}
	// a national company named outright: "we're on salesforce", "ya with
	// state farm", "Opendoor already put a number on it"
	if len(names) == 0 {
		if b, ok := brandMention(t); ok {
			out = append(out, "known brand: "+b)
		}
	}
	return out
}

// namedSubject reports a company name as the subject of the verb at v:
// not the sender ("you quoted me"), a pronoun or a person of the lead's
// own.
func namedSubject(toks []string, v int) bool {
	i := v - 1
	if i > 0 && (toks[i] == "already" || toks[i] == "ya") {
		i--
	}
	if i < 0 {
		return false
	}
	// "the Northwestern Mutual guy offered us": the person of a company
	// named before
	if (toks[i] == "guy" || toks[i] == "lady" || toks[i] == "rep" || toks[i] == "agent" || toks[i] == "people" || toks[i] == "folks") &&
		i > 0 && !personDet.Has(toks[i-1]) && toks[i-1] != textmatch.Break {
		i--
	}
	switch w := toks[i]; w {
	// what the sender itself sends: "the estimate came in lower"
	case "quote", "estimate", "price", "bill", "total", "cost", "payment", "rate", "number", "offer", "bid",
		"appraisal", "appraiser", "assessment", "valuation", "inspection", "inspector", "tax", "taxes", "premium",
		"you", "u", "yall", "ya", "your", "they", "he", "she", "it", "who", "that", "which", "someone", "somebody", "guy",
		"dad", "mom", "brother", "sister", "friend", "husband", "wife", "i", "we", textmatch.Break,
		"son", "daughter", "kid", "kids", "doctor", "neighbor", "boss", "cousin", "uncle", "aunt", "tenant", "hijo", "hija", "vecino", "vecina", "jefe",
		"ustedes", "usted", "tu", "ellos", "ella", "el", "alguien", "esposo", "esposa", "hermano", "hermana", "papa", "mama", "que", "si", "no":
		return false
	}
	// the sender's own people: "your loan officer quoted me"
	for k := i - 1; k >= 0 && k >= i-3 && toks[k] != textmatch.Break; k-- {
		if senderOwn.Has(toks[k]) {
			return false
		}
	}
	return true
}

var objectionRules = textmatch.MustCompile(map[string]textmatch.Set{
	"cost":  textmatch.NewSet("price", "prices", "pricing", "cost", "costs", "rate", "rates", "payment", "payments", "quote", "fee", "fees", "premium", "monthly", "apr", "interest"),
	"worry": textmatch.NewSet("worried", "concerned", "nervous", "worry", "concern", "scared", "unsure", "hesitant"),
	"high":  textmatch.NewSet("high", "steep", "expensive", "much", "pricey", "crazy", "insane", "outrageous", "hefty"),
}, []textmatch.Rule{
	// price worries: "worried about the price", "the rate seems too high"
	{Name: "price concern", Pattern: "@worry ~3 @cost"},
	{Name: "price concern", Pattern: "@cost ~3 seems|is|looks|sounds|feels|are|a|bit|little|way ~2 too? @high"},
	{Name: "price concern", Pattern: "too expensive|pricey|steep|much / cant|couldnt afford / out of ~2 budget / over ~2 budget / not in ~2 budget"},
	{Name: "price too low", Pattern: "too low / lowball|lowballing|lowballed|insulting / low offer"},
	{Name: "price too low", Pattern: "worth more / worth at least"},
	{Name: "not interested", Pattern: "not interested"},
	{Name: "needs to consult", Pattern: "talk|check|ask|discuss ~2 with? my|the wife|husband|spouse|partner|brother|sister|family|lawyer|attorney|accountant|realtor|agent|kids|son|daughter|mom|dad|team|boss"},
	{Name: "trust", Pattern: "scam|legit|legitimate|catch|trust|fraud|shady"},
	{Name: "timing", Pattern: "not ready|now|yet / no rush / not right now / later"},
	{Name: "other offer", Pattern: "another|other company|buyer|offer ~3 higher|more|better / quoted higher"},
	{Name: "other offer", Pattern: "quoted higher"},
	{Name: "listing with agent", Pattern: "list|listing with ~2 realtor|agent"},
	{Name: "fees", Pattern: "fees|commission / closing costs"},
	// "that's more than I wanted to spend", "out of our price range"
	{Name: "price concern", Pattern: "more than i|we wanted|planned|hoped|budgeted|expected ~2 to? spend|pay / out of my|our ~1 price range"},
	// the same in Spanish, which the brief must show too: "se me hace
	// caro", "no nos alcanza para el enganche", "la oferta está muy baja",
	// "tengo que platicarlo con mi esposo", "¿cuál es la trampa?"
	{Name: "price concern", Pattern: "muy|bien|demasiado|super|algo caro|cara|caros|caras / se me|nos hace|hacen caro|cara|caros|mucho / no me|nos alcanza ~1 para|el|la dinero|plata|sueldo|presupuesto|enganche|pago / fuera|arriba de ~2 presupuesto / sobre ~1 el|mi|nuestro? presupuesto / me|nos preocupa|preocupan ~3 precio|pago|pagos|tasa|prima|costo|mensualidad|cuota / es mucho dinero"},
	{Name: "price too low", Pattern: "oferta|precio ~3 muy|bien|demasiado|super bajo|baja|poco / vale mas de / vale mas que lo|eso / vale mucho mas / vale mas | / vale mas no / vale por lo menos / una burla"},
	{Name: "not interested", Pattern: "no estoy|estamos interesado|interesada|interesados|interesadas / no me|nos interesa|interesan"},
	{Name: "needs to consult", Pattern: "hablarlo|consultarlo|platicarlo|verlo|hablar|consultar|platicar con mi|mis esposo|esposa|marido|mujer|familia|abogado|abogada|contador|contadora|hijos|hijo|hija|socio|socia|jefe|jefa / hablarlo|consultarlo|platicarlo|verlo con la familia"},
	{Name: "trust", Pattern: "estafa|estafas|trampa|confiable|confiar|truco"},
	{Name: "timing", Pattern: "todavia no / ahorita no / mas adelante / no hay prisa / no estoy|estamos listo|lista|listos|listas"},
	{Name: "other offer", Pattern: "otra|otro compania|empresa|comprador|oferta|agente ~3 mas|mejor"},
	{Name: "fees", Pattern: "comision|comisiones / gastos|costos de cierre"},
})

// objections returns the objection cues found, each once.
func objections(t textmatch.Text) []string {
	var out []string
	objectionRules.Each(t, func(m textmatch.Match) bool {
		for _, o := range out {
			if o == m.Name {
				return true
			}
		}
		out = append(out, m.Name)
		return true
	})
	return out
}

// politeCaps reports a message in capitals that asks or offers politely,
// with no complaint: "I DO NOT HAVE EMAIL. PLEASE MAIL THE FORMS", "I
// STILL HAVE THE PAPERS IF YOU NEED THEM", "MÁNDEME TODO POR TEXTO POR
// FAVOR", "IF SO I WOULD LIKE THE SAME". Capitals are how some write.
func politeCaps(t textmatch.Text) bool {
	polite := false
	toks := t.Toks
	for i, w := range toks {
		switch w {
		case "why", "again", "told", "said", "already", "stop", "nobody", "nothing", "never", "nadie", "nunca", "dije", "vez":
			return false
		case "please", "favor", "gracias", "thank", "thanks":
			polite = true
		case "if":
			polite = polite || i+2 < len(toks) && (toks[i+1] == "you" && toks[i+2] == "need" || toks[i+1] == "so")
		case "would":
			polite = polite || i+1 < len(toks) && toks[i+1] == "like"
		}
	}
	return polite
}

// notYourFault: the lead clears the sender of what annoys them.
var notYourFault = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "not your fault", Pattern: "not your|yall fault / no es su|tu culpa / nothing you can do"},
})

// unsure reports a lead unsure of its own facts ("I think??", "not sure",
// "idk"): the question marks ask, they do not exasperate.
func unsure(t textmatch.Text) bool {
	toks := t.Toks
	for i, w := range toks {
		switch {
		case w == "idk" || w == "maybe" || w == "guess" && i > 0 && toks[i-1] == "i":
			return true
		case w == "think" && i > 0 && toks[i-1] == "i", w == "sure" && i > 0 && toks[i-1] == "not",
			w == "know" && i > 0 && toks[i-1] == "dont" && (i < 2 || toks[i-2] == "i"):
			return true
		}
	}
	return false
}

// ironicPraise reports praise that means its opposite: an intensified
// word of praise ("wow. incredible.", "truly a masterpiece of customer
// service", "really great stuff") in a message that also names a failure
// ("panels that do nothing", "third time", "still no number") or rolls its
// eyes (🙄, 🙃, 👏 after praise), or "love that for me".
func ironicPraise(raw string, t textmatch.Text) bool {
	toks := t.Toks
	praised := false
	// (most messages praise nothing: a bit test passes them over)
	if t.HasAny(ironyPraise) {
		for i, id := range t.IDs {
			if !ironyPraise.HasID(id) {
				continue
			}
			// "wow. incredible.": the intensifier may end the clause before
			if ironyIntensifier.HasAnyID(t.IDs[max(0, i-3):i]) {
				praised = true
				break
			}
		}
	}
	if t.HasAnyWord(loveWord) && textmatch.ContainsSeq(toks, "love", "that", "for", "me") {
		return true
	}
	if !praised {
		return false
	}
	if strings.ContainsAny(raw, "🙄🙃👏😒") {
		return true
	}
	for i, w := range toks {
		// "thanks again", "never disappoint" are no failures
		if ironyFailure.HasID(t.IDs[i]) && !(w == "again" && i > 0 && (toks[i-1] == "thanks" || toks[i-1] == "you")) &&
			!(w == "never" && i+1 < len(toks) && (toks[i+1] == "disappoint" || toks[i+1] == "disappoints" || toks[i+1] == "fail")) &&
			// "panels that do nothing", not "nothing else needed"
			!(w == "nothing" && !(i > 0 && (toks[i-1] == "do" || toks[i-1] == "does" || toks[i-1] == "did" || toks[i-1] == "for"))) {
			return true
		}
	}
	return false
}

var (
	ironyPraise = textmatch.NewSet("great", "amazing", "incredible", "wonderful", "fantastic", "brilliant", "groundbreaking",
		"masterpiece", "irresistible", "stellar", "impressive", "genius", "excellent", "superb", "outstanding", "listening", "notch").Gated()
	// loveWord opens "love that for me"
	loveWord         = textmatch.NewSet("love").Gated()
	ironyIntensifier = textmatch.NewSet("wow", "truly", "really", "so", "such", "what", "top")
	ironyFailure     = textmatch.NewSet("nothing", "nobody", "noone", "never", "still", "again", "twice", "third", "fourth",
		"times", "waste", "broken", "ignored", "cave", "nada", "nadie", "nunca", "otra")
)

// jargonCount counts the tokens of t in tradeJargon: none, with a bit
// test, in most messages.
func jargonCount(t *textmatch.Text) int {
	if !t.HasAny(tradeJargon) {
		return 0
	}
	n := 0
	for _, id := range t.IDs {
		if tradeJargon.HasID(id) {
			n++
		}
	}
	return n
}

// capsMarked reports a message in capitals with a mark of complaint: a
// "!" or "?", a negation or a complaint word ("WHY", "AGAIN", "I SAID").
// A plain statement in capitals ("ITS A RENTAL AND I WANT 95") is how
// some leads type, not a shout.
func capsMarked(t textmatch.Text) bool {
	return t.Bangs > 0 || t.Quests > 0 || capsComplaintWord(t)
}

// calmReminder reports a short, plain note that the lead already gave
// something: "I gave it already", "I think I already sent that". Writers
// hand off on the exasperation that follows it ("omg. are you even
// reading what I send?? this is the 4th time"), not on the reminder: no
// mark, no count, no "you", no capitals.
func calmReminder(t textmatch.Text) bool {
	if t.WordCount() > 7 || t.Bangs > 0 || t.Quests > 0 || t.Repeats > 0 || t.Upper >= 0.5 && t.Letters >= 6 {
		return false
	}
	gave, before := false, false
	for _, w := range t.Toks {
		if reminderEdge.Has(w) {
			return false
		}
		gave = gave || reminderVerbs.Has(w)
		before = before || w == "already" || w == "ya" || w == "before" || w == "earlier"
	}
	return gave && before
}

// unsureReminder reports a reminder the lead is not sure of and answers
// anyway: "I believe it's all on the form, but it's new windows".
func unsureReminder(t textmatch.Text, m textmatch.Match) bool {
	cs := textmatch.ClauseStart(t.Toks, m.Start)
	return t.Bangs == 0 && t.Quests == 0 && slices.ContainsFunc(t.Toks[max(cs, m.Start-3):m.Start], unsureWords.Has) &&
		slices.Contains(t.Toks[m.End:], "but")
}

// alsoOnForm reports a reminder added after the answer, calmly: "Three
// bed, one bath, needs a new roof. It's all on the form too." (blind70,
// stop 71; not "It's ALL on the form too!!").
func alsoOnForm(t textmatch.Text, m textmatch.Match) bool {
	return t.Bangs == 0 && t.Quests == 0 && t.Upper < 0.5 && m.Start > 0 && m.End < len(t.Toks) && (t.Toks[m.End] == "too" || t.Toks[m.End] == "also") &&
		slices.Contains(t.Toks[:m.Start], textmatch.Break)
}

var unsureWords = textmatch.NewSet("believe", "think", "thought", "guess", "pretty", "creo")

var reminderVerbs = textmatch.NewSet("gave", "sent", "answered", "told", "said", "put", "filled", "entered", "di", "mande", "envie", "dije", "conteste", "puse")

var reminderEdge = textmatch.NewSet("you", "u", "yall", "again", "twice", "times", "third", "fourth", "fifth", "seriously", "literally",
	"omg", "ugh")

// ownTemper: what a lead loses with the sender, after "my" or "mi"
var ownTemper = textmatch.NewSet("patience", "mind", "temper", "cool", "nerves", "paciencia", "cabeza")

// elsewhereMarks name someone or something other than the sender that a
// feeling may be about: the lead's own people and things ("my tenant",
// "our buyer"), former or other providers ("the last roofer", "my old
// agency") and the usual others of a sale ("the city inspector", "the
// storm").
var elsewhereMarks = textmatch.NewSet("my", "our", "mi", "mis", "nuestro", "nuestra", "myself", "tenant", "tenants", "ex", "buyer",
	"inspector", "storm", "city", "hoa", "landlord", "neighbor", "neighbors", "inquilino", "inquilinos", "contratista", "vecinos")

// formerProviderStory reports a complaint about another or a former
// provider told to the sender with no word of the sender: "Oh my.
// Another company told me 120 but they never showed up." (the previous
// roofer, my old agent). No sentence names the sender, none shouts, and
// no "??" or "!!" presses the point.
func formerProviderStory(raw string) bool {
	if strings.Contains(raw, "??") || strings.Contains(raw, "!!") {
		return false
	}
	t := textmatch.Cached(raw)
	if senderIn(t.Toks, 0, len(t.Toks)) || t.Upper > 0.5 && t.Letters > 8 {
		return false
	}
	for i := 0; i+1 < len(t.Toks); i++ {
		// ("answer the question I asked and not some other one": no
		// provider)
		// ("I told the other guy all this already": the sender's own
		// people, told before; blind70, stop 71)
		// ("every answer I get contradicts the last one": the last
		// answer, no provider; blind76, stop 73)
		if formerOnes.Has(t.Toks[i]) && (providerNouns.Has(t.Toks[i+1]) || i+2 < len(t.Toks) && providerNouns.Has(t.Toks[i+2])) && !(i > 0 && t.Toks[i-1] == "some" && t.Toks[i+1] == "one") &&
			!(t.Toks[i+1] == "one" && i >= 2 && comparedTo.Has(t.Toks[i-2])) &&
			!(i > 1 && t.Toks[i-2] == "told" && t.Toks[i-1] == "the" && toldAgain(t.Toks[i:])) &&
			// ("first its one form then another one": things in turn, no
			// provider; blind77, stop 74)
			!(t.Toks[i] == "another" && t.Toks[i+1] == "one" && oneThingBefore(t.Toks, i)) {
			return true
		}
	}
	return false
}

// oneThingBefore reports "one" and a thing that is no provider shortly
// before toks[i], so that "another one" at i is the next such thing:
// "first its one form then another one" (not "one roofer said 12k then
// another one said 20k").
func oneThingBefore(toks []string, i int) bool {
	for j := max(0, i-6); j+1 < i; j++ {
		if toks[j] == "one" && !providerNouns.Has(toks[j+1]) && !partyAt(toks, j+1) {
			return true
		}
	}
	return false
}

// toldAgain reports, after "told the other guy", that the same things
// were told: "all this", "everything", "the same", "already".
func toldAgain(toks []string) bool {
	return textmatch.ContainsSeq(toks, "all", "this") || textmatch.ContainsSeq(toks, "the", "same") || slices.Contains(toks, "everything") || slices.Contains(toks, "already")
}

// turnsToSender reports a complaint about a former or another provider
// told as the reason the lead now turns to the sender: "the last company
// I used was terrible, that's why I'm looking at you guys", "el roofer de
// mi vecino was a disaster, por eso quiero a ustedes", "Our current
// vendor's support is a nightmare ... It's why we're looking at you".
// No "??" or "!!" presses a point, and nothing is shouted.
func turnsToSender(raw string) bool {
	if strings.Contains(raw, "??") || strings.Contains(raw, "!!") {
		return false
	}
	t := textmatch.Cached(raw)
	if t.Upper > 0.5 && t.Letters > 8 {
		return false
	}
	other := false
	for i, w := range t.Toks {
		switch {
		case (formerOnes.Has(w) || w == "current" || w == "neighbors") && i+1 < len(t.Toks) && (providerNouns.Has(t.Toks[i+1]) || i+2 < len(t.Toks) && providerNouns.Has(t.Toks[i+2])):
			other = true
		case esProviderNouns.Has(w) && i+1 < len(t.Toks) && (t.Toks[i+1] == "anterior" || t.Toks[i+1] == "pasado" || t.Toks[i+1] == "pasada" || t.Toks[i+1] == "de"):
			other = true
		case (w == "otra" || w == "otro") && i+1 < len(t.Toks) && esProviderNouns.Has(t.Toks[i+1]):
			other = true
		case providerNouns.Has(w) && w != "one" && w != "place" && slices.Contains(t.Toks[i+1:min(len(t.Toks), i+5)], "before"):
			// "the agency we had before"
			other = true
		}
	}
	if !other {
		return false
	}
	// the turn, with no word of the sender before it: "the last guy was
	// useless and so are you, that's why I'm angry" blames both
	// ("that's why I'm so frustrated that you're doing the exact same
	// thing": the anger after the turn is at the sender)
	// ("not sure you seem to get it either": no turn)
	m, ok := turnRules.First(t, nil)
	if !ok || senderIn(t.Toks, 0, m.Start) || slices.ContainsFunc(t.Toks[:m.Start], esSenderWords.Has) ||
		slices.ContainsFunc(t.Toks[m.Start:min(len(t.Toks), m.End+4)], turnDenied.Has) || slices.ContainsFunc(t.Toks[m.Start:m.End], negInTurn.Has) {
		return false
	}
	rest := strings.Join(t.Toks[m.End:], " ")
	_, cue := frustrationCue(rest, textmatch.Cached(rest))
	return !cue && !slices.ContainsFunc(t.Toks[m.End:], angryAfterTurn.Has)
}

// turnDenied: a turn to the sender taken back
var (
	turnDenied = textmatch.NewSet("either", "neither")
	negInTurn  = textmatch.NewSet("dont", "doesnt", "not", "no")
)

// angryAfterTurn: words of anger after the turn to the sender
var angryAfterTurn = textmatch.NewSet("frustrated", "sick", "angry", "mad", "furious", "tired", "again", "same", "enojado", "enojada", "harto", "harta", "otra")

var (
	esProviderNouns = textmatch.NewSet("compania", "empresa", "contratista", "casero", "roofer", "plomero", "vendedor", "agente",
		"banco", "aseguradora", "tecnico", "vendor", "agencia")
	turnRules = textmatch.MustCompile(nil, []textmatch.Rule{
		// "the agency we had before was clueless ... you guys seem to
		// actually get it"
		{Name: "turn", Pattern: "you|yall|ustedes ~1 seem|actually|parecen|si ~2 get|know|saben|entienden"},
		{Name: "turn", Pattern: "thats|its|hence why / which|that is why / por eso ~3 les|los|quiero|estoy|busco|escribo|ustedes / hoping|ojala ~4 better|diferente|mejor|different|luck|sea"},
	})
)

// providerNouns name a business or its people, after "another", "the
// last", "my old"
var providerNouns = textmatch.NewSet("company", "companies", "guy", "guys", "outfit", "agency", "agent", "lender", "bank", "broker",
	"contractor", "roofer", "plumber", "installer", "vendor", "provider", "carrier", "insurer", "realtor", "crew", "tech", "shop",
	"buyer", "investor", "one", "place", "firm", "electrician", "landscaper", "exterminator")

// otherThenPraise reports another provider named ("el otro plomero",
// "the other lender") and then, after "but", the sender praised: "...
// pero ustedes llegaron rápido. Gracias!".
func otherThenPraise(toks []string) bool {
	other := -1
	for i := 0; i+1 < len(toks); i++ {
		if (formerOnes.Has(toks[i]) || toks[i] == "otro" || toks[i] == "otra") && (providerNouns.Has(toks[i+1]) || esProviders.Has(toks[i+1])) {
			other = i
			break
		}
	}
	if other < 0 {
		return false
	}
	for k := other + 2; k+1 < len(toks); k++ {
		if (toks[k] == "but" || toks[k] == "pero") && senderPronoun.Has(toks[k+1]) {
			return anyPositive(toks[k+1:])
		}
	}
	return false
}

// esProviders are the Spanish words of another provider.
var esProviders = textmatch.NewSet("plomero", "contratista", "prestamista", "banco", "compania", "agente", "tecnico", "techero", "electricista", "vendedor", "aseguradora")

// emotionElsewhere reports a feeling told about someone or something else
// and then one calm question to the sender: "My tenant trashed the place.
// I'm furious. Do you buy houses with tenants?", "The city inspector
// failed us again, I could scream. Can your crew do the fixes?". Every
// sentence before the last names no sender and something else (the
// lead's own people or things, a former provider, the usual others of a
// sale); the last is a question ('?', not '??') with no cue of its own.
func emotionElsewhere(raw string) bool {
	ss := textmatch.Sentences(raw)
	for len(ss) > 0 && strings.TrimSpace(ss[len(ss)-1]) == "" {
		ss = ss[:len(ss)-1]
	}
	if len(ss) < 2 {
		return false
	}
	last := strings.TrimSpace(ss[len(ss)-1])
	if strings.TrimSpace(raw[strings.LastIndex(raw, last)+len(last):]) != "?" {
		return false
	}
	lt := textmatch.Cached(last)
	if _, ok := frustrationCue(last, lt); ok || lt.Upper > 0.5 {
		return false
	}
	marked := false
	for _, s := range ss[:len(ss)-1] {
		t := textmatch.Cached(s)
		if senderIn(t.Toks, 0, len(t.Toks)) || t.Upper > 0.5 && t.Letters > 8 {
			return false
		}
		for k, w := range t.Toks {
			// ("my" of "losing my patience" or "my mind" is the lead's
			// temper, not someone of theirs)
			if elsewhereMarks.Has(w) && !(k+1 < len(t.Toks) && ownTemper.Has(t.Toks[k+1])) || formerOnes.Has(w) && k+1 < len(t.Toks) {
				marked = true
			}
		}
	}
	return marked
}

// weakCueProb is the model's frustration probability at which a weak cue
// ([weakFrustration]) confirms frustration: below the model's own
// threshold, where either signal alone is too common. At 0.6 the cues
// gained 6 frustrated rows on the 19 regression sets with frustration
// rows and no false positive (0.5 cost two; "already", "again", "tired
// of" and a closing "ok" cost conversations and were dropped). Stop 48's
// model, trained on the development conversations' turns, fires at 0.654
// instead of 0.915 and leans less on what it does not fire on ("bueno ya
// qué, nunca contestan" 0.36): at 0.35 the cues gain frustrated rows on
// the older blind sets (B28 recall 0.9722 -> 0.9757, blind31 to blind37
// 0.9667 -> 0.9691) with no false positive and no conversation changed
// on them or the development sets.
const weakCueProb = 0.35

// weakCues are words of frustration too common to hand off alone: being
// asked again, tiredness, a bad verdict, a threat to complain, waiting,
// not being read, a sarcastic "oh great".
var weakCues = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "repeated", Pattern: "asked|said|told|sent|explained|texted|answered|mentioned|gave ~2 again|twice / already ~1 told|said|sent|asked|explained|answered|gave|mentioned / third|fourth|fifth|3rd|4th|5th time / went over this|that / told you / scroll up / read the chat|thread|messages / asking again / te lo dije / ya te dije / ya les dije / lee el chat / two|three|four|five|six|2|3|4|5|6 times / ya van|llevan ~2 veces"},
	{Name: "tired", Pattern: "done explaining / worn ~2 out / draining / exhausting / fed up / over this / agotado|agotada / it|that|this is getting ~2 old / its|thats getting ~2 old"},
	// Dominican "¡tremenda vaina!"
	{Name: "verdict", Pattern: "not impressed / unacceptable / a joke / waste of ~1 time / perder el|mas tiempo / perdida de tiempo / perdiendo el tiempo / not cool / come on / ya ni me importa / tremenda|que vaina"},
	{Name: "complaint", Pattern: "commissioner / bbb / bad review / review bien mala / report you|yall|them / reporto|reportar / profeco / attorney general / complaint / queja / going with someone else"},
	// "oh been waiting on you for a week", "been waiting on this all day"
	// (stop 55: the retrained model no longer reads them)
	{Name: "waiting", Pattern: "been waiting on|for you|this|it ~3 week|weeks|day|days|month|months|hours|all|forever"},
	{Name: "waiting", Pattern: "it is been ~2 days|weeks|months / it is been ~2 days|weeks|months / keep waiting / still waiting / llevo desde / llevo ~2 semanas|meses|dias / on hold for / hace ~3 esperando / ya van|llevo|llevamos ~2 weeks|semanas|days|dias|meses|months esperando"},
	// "nadie me explicó nada, ¿qué onda con eso??", "y'all are something
	// else", "super confusing"
	{Name: "not read", Pattern: "nadie me|nos explico|explica|dijo|avisa|aviso nada / que onda con eso|esto|ustedes / you|yall|ustedes are|son something else / super|so|very|muy confusing|confuso|confusa"},
	{Name: "not read", Pattern: "are you reading|listening / me estas|estan leyendo|escuchando / not an answer / answered my question / nobody answered / never answer|answers|respond|responds / nunca contestan|responden|contesta|responde"},
	// "great, love getting a 'just checking in!' text at 5am. real
	// considerate", "oh qué bonito, another 'we value your business' text"
	{Name: "sarcasm", Pattern: "oh great|sure|fantastic|wonderful|perfect|awesome|lovely|good|goody|joy / oh que bien / que bonito / love getting / real|how|very|so considerate"},
})

// weakFrustration reports a weak cue of frustration in raw: one of
// [weakCues], or a complaint closed by a bare word of praise ("...
// Instead I got three texts about bundling. Great.").
func weakFrustration(raw string) (string, bool) {
	t := textmatch.Cached(raw)
	// a reply of three words or fewer answers the question ("yes 3
	// times"); it is no complaint without a stronger cue
	if t.WordCount() <= 3 {
		return "", false
	}
	if m, ok := weakCues.First(t, func(m textmatch.Match) bool {
		// "third time this year I gotta go fix something at 11 at night":
		// a problem that recurs, told with no word of the exchange
		return !(m.Name == "repeated" && ordinalTimes.Has(t.Toks[m.Start]) && !slices.ContainsFunc(t.Toks, exchangeWords.Has) && !slices.ContainsFunc(t.Toks, exchangeGerunds.Has)) &&
			// "I haven't told you anything about it": nothing said yet
			!(m.Name == "repeated" && negated(t.Toks, t.IDs, m.Start, 2))
	}); ok {
		return m.Name, true
	}
	ss := textmatch.Sentences(raw)
	if len(ss) < 2 {
		return "", false
	}
	last := textmatch.Cached(ss[len(ss)-1])
	if n := last.WordCount(); n == 0 || n > 3 {
		return "", false
	}
	for _, w := range last.Toks {
		if w != textmatch.Break && !tailPraise.Has(w) {
			return "", false
		}
	}
	return "sarcastic close", true
}

var tailPraise = textmatch.NewSet("great", "awesome", "perfect", "fantastic", "wonderful", "lovely", "love", "it", "brilliant", "genial", "perfecto", "fabuloso")

// appraisalStatus are words of an appraisal's progress: "any update on
// the appraisal?", "is the appraisal scheduled yet?"
var appraisalStatus = textmatch.NewSet("update", "updates", "status", "news", "scheduled", "schedule", "uploaded", "done", "yet", "happen", "happening", "ordered")

// esSenderRef reports a word naming the sender or its messages in
// toks[cs:ce]: "ustedes", "sus mensajes", "el bot".
func esSenderRef(toks []string, cs, ce int) bool {
	for k := cs; k < ce; k++ {
		if esSenderWords.Has(toks[k]) || esSenderThings.Has(toks[k]) {
			return true
		}
	}
	return senderIn(toks, cs, ce)
}

// menuItem reports a word at i named among the screens of an app: a
// word of the interface within the eight words before it, across the
// commas of a list ("Settings... mine says Account, Billing").
func menuItem(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if interfaceWords.Has(toks[k]) {
			return true
		}
	}
	return false
}

var interfaceWords = textmatch.NewSet("settings", "tab", "tabs", "menu", "sidebar", "screen", "dashboard", "section", "dropdown", "says", "shows", "button", "icon")

// esThoseOnes point at people away from the exchange: "qué coraje con
// esa gente", "con ellos".
var (
	esArticles = textmatch.NewSet("el", "la", "los", "las")
	// what of the sender's a Spanish complaint may be angry with: "estoy
	// harta con el servicio", "con la espera"
	esServiceWords = textmatch.NewSet("servicio", "atencion", "espera", "demora", "sistema", "proceso", "trato", "tecnico", "tecnicos",
		"vendedor", "agente", "asesor", "asesora", "trabajo", "cuadrilla", "techero", "plomero", "instalador", "cobro", "cobros", "precio", "factura")
)

var esThoseOnes = textmatch.NewSet("esa", "esas", "ese", "esos", "ellos", "ellas", "aquella", "aquellos", "aquel")

// esSenderThings are the sender's things a Spanish complaint names: "sus
// mensajes", "el bot", "tanta pregunta".
var esSenderThings = textmatch.NewSet("tu", "ud", "uds", "mensajes", "mensajitos", "textos", "bot", "robot", "llamadas", "preguntas", "empresa", "compania",
	// what the sender charges: "qué gacho lo que hacen con los cargos extra"
	"cargos", "cobros", "precios", "tarifas", "cuotas", "comisiones")

// selfSaid reports a word of blame the lead says of themselves, right
// before it: "I'm the worst", "I am so annoying", "sorry to be annoying",
// "sorry for being annoying", "I know I'm being a pain".
func selfSaid(toks []string, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k] == "the" || toks[k] == "so" || toks[k] == "such" || toks[k] == "being" || toks[k] == "really" || toks[k] == "a") {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k] {
	case "im", "i":
		return true
	case "am":
		return k > 0 && toks[k-1] == "i"
	case "be":
		return k > 0 && toks[k-1] == "to" && k > 1 && (toks[k-2] == "sorry" || toks[k-2] == "mean")
	case "for":
		return k > 0 && toks[k-1] == "sorry"
	}
	return false
}

// clearedUp after a past confusion say it is over: "pero ya lo entendí",
// "now I get it", "makes sense now".
var clearedUp = textmatch.NewSet("entendi", "entiendo", "understand", "understood", "gets", "figured", "clear", "claro", "sense", "explaining", "explicar")

// cluelessAtSender name the sender or its people in a clause.
var cluelessAtSender = textmatch.NewSet("you", "your", "yall", "u", "ur", "they", "them", "their", "ustedes", "su", "sus", "guys")

// clearedAfter reports a confusion cleared up in the clauses after end,
// not negated: "pero ya lo entendí", not "none of this makes sense".
func clearedAfter(toks []string, end int) bool {
	breaks := 0
	for k := end; k < len(toks) && breaks < 2; k++ {
		if toks[k] == textmatch.Break {
			breaks++
			continue
		}
		if clearedUp.Has(toks[k]) && !(k > 0 && (toks[k-1] == "no" || toks[k-1] == "not" || toks[k-1] == "none" || toks[k-1] == "nada")) && !textmatch.Before(toks, k, 5, noneWords) {
			return true
		}
	}
	return false
}

// brokeVerbs before "otra vez" say a thing broke again: "se quemó otra
// vez", "se descompuso otra vez".
var brokeVerbs = textmatch.NewSet("quemo", "descompuso", "rompio", "fallo", "murio", "apago", "trabo", "tapo", "goteo")

// repeatServiceWords say the sender's work failed before: "ya es la
// tercera vez que lo arreglan"
var repeatServiceWords = textmatch.NewSet("tercera", "cuarta", "arreglan", "arreglaron", "instalaron", "pusieron", "repararon", "vinieron")

// moneyNouns name money: "I want those dollars back".
var moneyNouns = textmatch.NewSet("dollars", "bucks", "payments", "charges", "fees", "premiums")

// sets the checks of stop 50's cues read, made once
var (
	esPraise  = textmatch.NewSet("encanto", "encantan", "gusto", "gusta", "rapido", "excelente", "genial")
	politeAsk = textmatch.NewSet("could", "can", "would", "please")
	noneWords = textmatch.NewSet("no", "not", "none", "nothing")
)

// attachWords after "per my last message" send something, they do not
// complain: "per my last message, attaching the W-9".
var attachWords = textmatch.NewSet("attaching", "attached", "attach", "enclosed", "enclosing", "sending", "adjunto", "adjunta")

// frWords mark the "are you fr right now" form of disbelief, which
// delight can take too.
var frWords = textmatch.NewSet("fr", "forreal", "deadass", "right")

// fedUpWithFormer reports "fed up with our old CRM": the lead's own
// former tool after "with" ("fed up with your last minute cancellations"
// is at the sender).
func fedUpWithFormer(toks []string, m textmatch.Match) bool {
	k := m.End
	if k+2 >= len(toks) || toks[k] != "with" || !(toks[k+1] == "our" || toks[k+1] == "my" || toks[k+1] == "their" || toks[k+1] == "the") || !formerTool.Has(toks[k+2]) {
		return false
	}
	// a tool or a provider, not "the current state of this"
	return slices.ContainsFunc(toks[k+3:min(len(toks), k+5)], leftTools.Has)
}

// leftTools are what a lead leaves for the sender: "the current dialer",
// "the last company".
var leftTools = textmatch.NewSet("crm", "crms", "dialers", "systems", "vendors", "providers", "companys", "companies", "tools", "apps", "dialer", "system", "software", "company", "provider", "vendor", "lender", "carrier", "agent",
	"realtor", "tool", "platform", "app", "contractor", "roofer", "plumber", "outfit", "guy", "guys", "people", "one", "bank", "insurer",
	"agency", "service", "setup")

// formerTool after "fed up with" names what the lead is leaving: "our old
// CRM", "the previous vendor".
var formerTool = textmatch.NewSet("old", "previous", "former", "current", "last", "existing", "legacy")

// chosenAgain: being chosen again ("me eligieron otra vez").
var chosenAgain = textmatch.NewSet("eligieron", "reeligieron", "nombraron", "escogieron", "votaron", "ganamos", "gane", "gano")

// figureOfSpeech: the words before an emergency's word that make it
// none ("thought something was on fire", "looked like it was on fire").
var figureOfSpeech = textmatch.NewSet("thought", "looked", "joked", "pretend", "pretended", "as", "pense", "parecia")

// couldBurst: "so proud I could burst", "gonna burst with joy".
var couldBurst = textmatch.NewSet("could", "gonna", "might", "about")

// senderWorkWords: the sender's work named or judged ("su trabajo
// mediocre").
var senderWorkWords = textmatch.NewSet("su", "sus", "mal", "mediocre", "pesimo")

// tiredFrom: what a lead is tired from, not with the sender ("cansada
// hoy del trabajo", "del viaje").
var tiredFrom = textmatch.NewSet("trabajo", "chamba", "jale", "viaje", "turno", "camino", "manejar", "work", "shift")

// moneyOrSenderNamed reports the sender or what it charges named in
// toks: "your proposal", "$400 for a processing fee", "nos cobraron", the
// guy who left.
func moneyOrSenderNamed(toks []string) bool {
	return senderIn(toks, 0, len(toks)) || slices.ContainsFunc(toks, esSenderWords.Has) || slices.ContainsFunc(toks, moneyTalk.Has) ||
		slices.ContainsFunc(toks, func(w string) bool { return strings.HasPrefix(w, "$") })
}

// moneyTalk names what a sender charges: "what a racket" of a premium or
// a fee, "nos cobraron dos veces y nadie da la cara"
var moneyTalk = textmatch.NewSet("premium", "premiums", "fee", "fees", "price", "prices", "quote", "quoted", "charge", "charged", "charges", "rate",
	"rates", "bill", "billed", "cobraron", "cobran", "cobro", "precio", "cuota", "factura")

// soAreYou reports the sender added to a complaint about someone else:
// "..., and honestly so are you guys", "so is your company".
func soAreYou(toks []string) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k] == "so" && (toks[k+1] == "are" || toks[k+1] == "is" || toks[k+1] == "were") && (toks[k+2] == "you" || toks[k+2] == "your" || toks[k+2] == "yall") {
			return true
		}
	}
	return false
}

// comparedTo are the words that compare a thing with "the last one":
// "contradicts the last one", "same as the last one".
var comparedTo = textmatch.NewSet("contradicts", "contradict", "contradicted", "than", "as", "like", "unlike", "matches", "match")
