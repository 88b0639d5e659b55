// Command gendata writes the project's own composed training rows to
// internal/learned/data/eng: for each task, templates of the classes the
// labeling guide (and the error classes found so far) name, expanded with
// fixed alternatives and sampled with a fixed seed, so a run always writes
// the same rows. The rows are the engineers' own ("writer": "eng"); they
// complement the hand-written rows of the other writers with many
// look-alikes of the shapes the model otherwise over-reads (third-party
// calls, other people's numbers, ordinary requests with "me" and "can").
//
//	go run ./internal/learned/cmd/gendata
package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// t is a template: a label, a class name, a language and slots; each slot
// lists alternatives ("" means the slot may be empty). max caps how many
// expansions are sampled.
type t struct {
	label bool
	group string
	lang  string
	max   int
	slots [][]string
}

func opt(s ...string) []string { return append([]string{""}, s...) }

var (
	people = []string{"mark", "jim", "sarah", "dana", "luis", "maria", "kevin", "grandma", "my wife", "my husband",
		"my lender", "the inspector", "my realtor", "the plumber", "my boss", "the bank", "the roofer",
		"the title company", "my attorney", "my brother", "the tenant", "mom", "dad", "the contractor",
		"the appraiser", "my accountant", "the hoa", "the office", "my sister", "the landlord", "my insurance agent"}
	theirs = []string{"their", "his", "her", "the restaurant's", "the contractor's", "the inspector's", "the title company's",
		"my lender's", "the school's", "the dentist's", "the hoa's", "the city's", "the electrician's", "the moving company's"}
	things = []string{"a quote", "the address", "a copy of the contract", "the photos", "a receipt", "the invoice",
		"the floor plan", "a hamburger", "the report", "the link", "a refund status", "the hours", "the wifi password",
		"the inspection report", "the estimate", "a map", "the list of repairs", "directions", "the tax records"}
	nums = []string{"512-555-0132", "(206) 555-0199", "555 0101", "7135550182", "this number", "my cell"}
)

var templates = map[string][]t{
	"explicit_ask": {
		// not asks: third parties, their numbers, naming, other requests
		{false, "third_party_call", "en", 120, [][]string{opt("please", "can you", "could you", "i need to", "i have to", "i want to", "remind me to", "ill", "i will"),
			{"call", "phone", "ring", "dial", "give a call to", "place a call to", "make a phone call to", "text", "call back"},
			people, opt("please", "for me", "tomorrow", "about the roof", "about the closing", "later", "tonight", "after lunch")}},
		{false, "their_number", "en", 120, [][]string{opt("can you", "could you", "please", "pls", "can u"),
			{"give me", "send me", "get me", "find me", "text me", "look up"}, theirs, {"number", "phone number", "cell", "email", "address"},
			opt("please", "thanks", "i want to call them", "so i can call them", "?")}},
		{false, "their_number_q", "en", 60, [][]string{{"whats", "what is", "do you have", "can i get", "can i have", "may i have", "i need"},
			theirs, {"number", "phone number", "direct line", "contact info"}, opt("?", "please", "thx")}},
		{false, "other_request", "en", 120, [][]string{{"can i get", "can you get me", "could you send me", "can you give me", "i need", "please send me", "can u send", "id like"},
			things, opt("please", "thanks", "today", "when you can", "by friday", "?")}},
		{false, "other_intent", "en", 150, [][]string{opt("i want to", "i need to", "can i", "how do i", "help me"),
			{"transfer $100 to my savings", "pay my bill", "change my address", "order more filters", "check my balance", "update my email",
				"book a flight", "reset my password", "track my package", "find a plumber near me", "see the listing", "send the pics to my wife",
				"move my appointment", "get a receipt", "upload the documents", "add my wife to the account", "talk about the price", "ask about the fees"},
			opt("please", "today", "thanks", "?")}},
		{false, "phone_state", "en", 80, [][]string{{"my phone", "my cell", "the phone", "my battery"},
			{"died", "is broken", "is about to die", "was off all day", "is acting up", "has no signal here", "got wet", "is at 2%"},
			opt("sorry", "so text me", "ill reply later", "lol", "text only pls")}},
		{false, "on_a_call", "en", 60, [][]string{opt("sorry", "hey", "one sec"), {"im on a call", "i'm on the phone with my bank", "im on another call",
			"on a call rn", "im in a meeting", "driving, cant talk", "the inspector called me yesterday", "my lender called me this morning",
			"someone from your office called me earlier", "i missed a call from this number", "i called the city already"},
			opt("", "will text back", "ill get back to u", "what did you need")}},
		{false, "naming", "en", 50, [][]string{{"call me", "you can call me", "everyone calls me", "just call me", "my friends call me"},
			{"jim", "danny", "mrs. lopez", "the boss", "old school", "captain", "t", "bobby"}, opt("lol", "haha", "", "btw")}},
		{false, "naming_q", "en", 20, [][]string{{"what should i call you", "what do i call you", "whats your name", "who is this", "are you a bot", "is this a real person", "are you ai"}, opt("?", "lol", "just curious")}},
		{false, "text_pref", "en", 60, [][]string{{"dont call me", "please dont call", "no calls please", "text only", "i prefer text", "texting is easier", "please just text", "cant take calls at work"},
			opt("", "text is fine", "i work nights", "email works too", "thanks")}},
		{false, "talk_third_party", "en", 80, [][]string{opt("i want to", "i need to", "let me", "i have to", "ill", "gotta"),
			{"talk to", "speak with", "check with", "talk it over with", "run it by", "chat with"}, people, opt("", "first", "tonight", "about it", "and get back to you", "before deciding")}},
		{false, "ill_call_you", "en", 50, [][]string{opt("ok", "sure", "np"), {"ill call u when i get home", "i'll call you later", "ill give you a call next week if im interested",
			"i'll ring you back after work", "i will call the office tomorrow", "ill call when im ready", "i'll reach out when we decide"}, opt("", "thanks", "bye")}},
		{false, "connect_other", "en", 60, [][]string{{"connect me to", "put me in touch with", "can you connect me with", "introduce me to"},
			{"your lender partner", "a title company", "a good inspector", "a moving company", "a roofer", "the seller", "other buyers", "a cheaper contractor"},
			opt("", "please", "if you know one", "thanks")}},
		{false, "ordinary", "en", 200, [][]string{opt("hey", "hi", "ok", "yes", "so", "also"),
			{"what time works for the walkthrough", "is the price negotiable", "how long does closing take", "the house is 3 bed 2 bath",
				"roof is about 10 years old", "we are thinking about selling next spring", "what areas do you cover", "how does this work",
				"do you buy houses with tenants", "can you send the offer by email", "is there a fee", "i have two properties", "we replaced the furnace last year",
				"whats the next step", "i sent the photos", "sounds good", "thanks for the info", "can i get a copy of that", "i need a bigger unit",
				"does the quote include labor", "what brands do you install", "do you offer financing", "can you come saturday",
				"is the rate fixed", "what's the apr", "how many seats does the plan include", "do you integrate with hubspot"},
			opt("", "?", "thanks", "!")}},
		// asks
		{true, "call_me", "en", 160, [][]string{opt("hey", "ok", "honestly", "please", "pls", "yes", "look"),
			{"call me", "give me a call", "can you call me", "could someone call me", "have someone call me", "ring me", "can u call me",
				"someone call me", "call me back", "give me a ring", "phone me", "can i get a call", "i need a call", "please have the owner call me",
				"can your agent call me", "have the loan officer call me", "get someone to call me"},
			opt("", "please", "at "+nums[0], "after 5", "tomorrow morning", "when you can", "asap", "today", "on my cell", "its easier", "thx", "at "+nums[1])}},
		{true, "talk_person", "en", 160, [][]string{opt("can i", "i want to", "id like to", "i need to", "let me", "could i", "i would like to", "i wanna"),
			{"talk to", "speak with", "speak to", "talk with", "chat with", "get on the phone with"},
			{"a person", "a real person", "someone", "a human", "an agent", "the owner", "a manager", "your manager", "a rep", "somebody there",
				"a loan officer", "a real estate agent", "your sales team", "a technician", "a supervisor", "an actual person", "the person in charge"},
			opt("", "please", "about the offer", "about my bill", "not a bot", "today", "asap", "thanks")}},
		{true, "your_number", "en", 100, [][]string{opt("hey", "ok", "so"), {"whats your number", "what number can i call", "whats the best number to reach you",
			"can i get your direct line", "give me a number to call", "is there a number i can call", "send me your phone number",
			"what's your office number", "how do i reach a person", "who can i call about this"}, opt("", "?", "ill call you", "id rather talk", "please")}},
		{true, "call_easier", "en", 100, [][]string{opt("honestly", "tbh", "look", "ok"), {"it would be easier to talk", "a call would be easier", "this is easier over the phone",
			"can we just hop on a call", "id rather talk than text", "texting is too slow, lets talk", "can we do this by phone",
			"can we talk on the phone", "phone would be faster", "too much to type, call me"}, opt("", "?", "my number is "+nums[3], "im free after 4", "thanks")}},
		{true, "buried", "en", 120, [][]string{{"the roof started leaking again after the storm and the ceiling in the back bedroom has a stain,",
			"we got two quotes already and yours is in the middle, the other guy said 3 weeks for install,",
			"i filled out the form on your site last week with all the info about the house and the tenants,",
			"our team is 40 people and we use salesforce right now, the contract ends in march,",
			"so the appraisal came in low and my lender wants more down,"},
			{"can someone call me", "can i talk to a real person about it", "please have someone give me a ring", "whats a number i can call",
				"id rather go over this on the phone", "can the owner call me", "i need to speak with somebody"},
			opt("", "today", "thanks", "at "+nums[2])}},
		{true, "human_q", "en", 40, [][]string{{"is there a real person i can talk to", "can a real person text me", "can an actual human answer", "i want a human", "agent please",
			"representative", "human please", "live agent", "operator", "real person please"}, opt("", "?", "!", "now")}},
		// Spanish and Spanglish
		{true, "es_call_me", "es", 80, [][]string{opt("hola", "oiga", "por favor", "si"), {"llámame", "me pueden llamar", "me puede llamar", "llámenme", "márcame",
			"quiero hablar con una persona", "quiero hablar con alguien", "puedo hablar con un agente", "cuál es su número", "me das tu número",
			"prefiero hablar por teléfono", "es más fácil por teléfono", "quiero hablar con el dueño", "que alguien me llame"},
			opt("", "por favor", "gracias", "hoy", "mañana", "después de las 5", "al "+nums[0])}},
		{true, "spanglish_ask", "spanglish", 60, [][]string{opt("oye", "hey", "ok"), {"can you call me", "call me", "can i talk to someone", "quiero talk to a person",
			"me puedes call", "llámame please", "give me a call", "puedo hablar con someone", "i need to talk con alguien"},
			{"por favor", "porfa", "mañana", "después del trabajo", "es más fácil", "gracias", "hoy"}}},
		{false, "es_ordinary", "es", 100, [][]string{opt("hola", "si", "ok", "oye"), {"llama a mi esposo", "llama a mark sobre el techo", "cuál es el número del inspector",
			"mi hermano me llamó ayer", "estoy en una llamada", "no me llamen, mejor texto", "cómo te llamo", "me llamo luis", "¿eres un robot?",
			"cuánto cuesta", "la casa tiene tres recámaras", "el techo tiene goteras", "quiero vender en primavera", "mándame la oferta por correo",
			"cuál es el precio", "para el martes está bien", "ya mandé las fotos", "me interesa, cuáles son los pasos"},
			opt("", "gracias", "?", "porfa")}},
	},
	"optout": {
		// opt-outs
		{true, "polite_pref", "en", 120, [][]string{opt("hi", "hey", "thanks", "thank you", "appreciate it", "no offense"),
			{"but id rather not get these anymore", "but please stop texting me", "but i dont want any more messages", "but please take me off your list",
				"but i'd prefer not to be contacted", "but no more texts please", "but please remove my number", "but i'm not interested, please don't message me again",
				"but please don't reach out again", "but kindly remove me from your contacts"}, opt("", "thanks", "have a good day", "take care")}},
		{true, "past_passive", "en", 100, [][]string{opt("i", "we"), {"already unsubscribed", "unsubscribed last week", "asked to be removed", "was supposed to be taken off",
			"opted out already", "told you to stop", "replied stop twice", "asked you people to stop"},
			opt("", "why are you still texting", "and you keep messaging", "please honor it", "stop", "remove me")}},
		{true, "have_me_removed", "en", 80, [][]string{opt("please", "pls", "kindly"), {"have me removed", "get me off this list", "remove me", "delete my number", "lose my number",
			"take my number off", "unsubscribe me", "opt me out", "scrub my number"}, opt("", "from your list", "from all lists", "asap", "now", "thanks", "permanently")}},
		{true, "wrong_number", "en", 80, [][]string{opt("", "sorry", "hey"), {"wrong number", "this is the wrong number", "you have the wrong person", "i'm not the owner",
			"this isn't dana", "nobody here by that name", "i don't own that property", "never owned that house"},
			opt("", "please remove it", "stop texting", "take me off", "remove this number", "please update your records")}},
		{true, "work_line", "en", 50, [][]string{{"this is my work phone", "this is a work number", "this is a business line", "this number is for work only"},
			{"do not use it", "stop texting it", "remove it from your list", "please dont text it", "dont contact me here"}, opt("", "thanks", "again")}},
		{true, "complaint_report", "en", 80, [][]string{opt("", "i'm", "im going to be", "seriously"), {"reporting this as spam", "reporting these texts", "filing a complaint with the fcc",
			"calling my attorney", "reporting you to the attorney general", "blocking this number"},
			opt("", "if you text again", "if this continues", "stop now", "last warning")}},
		{true, "keyword_style", "en", 60, [][]string{opt("", "pls", "please", "ok"), {"STOP", "stop", "Stop.", "STOP!!", "unsubscribe", "end", "quit", "cancel", "stopall", "remove", "opt out", "s t o p", "stpo", "unsubscibe"}, opt("", "please", "now", "thx")}},
		{true, "es_optout", "es", 120, [][]string{opt("", "por favor", "gracias pero", "oiga"), {"ya no me manden mensajes", "no me escriban más", "quítenme de su lista", "sáquenme de la lista",
			"bórrenme de su lista", "no quiero recibir más mensajes", "dejen de mandarme mensajes", "dejen de llamarme", "no vuelvan a contactarme",
			"número equivocado", "se equivocaron de número", "ya pedí que me borraran", "esto es acoso", "los voy a reportar", "darme de baja", "ALTO", "BAJA", "cancelar", "no me interesa, no me escriban"},
			opt("", "por favor", "gracias", "ya", "porfa")}},
		{true, "spanglish_optout", "spanglish", 60, [][]string{opt("", "please", "oye"), {"stop con los mensajes", "ya stop", "no more mensajes", "take me off la lista", "dejen de text me",
			"quit texting me por favor", "no me manden more texts", "remove mi número"}, opt("", "porfa", "gracias", "please")}},
		// not opt-outs
		{false, "stop_lookalike", "en", 150, [][]string{opt("", "ok", "yes", "sure", "hey"), {"stop by the house tomorrow", "next stop is the title office", "the bus stop is right there",
			"i cant stop thinking about it", "dont stop, tell me more", "we can stop by after work", "stop at the front desk", "the water wont stop leaking",
			"make it stop raining lol", "the rain finally stopped", "non stop calls from my boss today", "stopping by at 3", "he stopped paying rent",
			"we stopped the leak", "my tenant stopped paying", "stop sign on the corner"}, opt("", "ok?", "lol", "thanks", "!")}},
		{false, "cancel_lookalike", "en", 120, [][]string{opt("", "hey", "can you", "please", "i need to"), {"cancel my tuesday appointment", "cancel the inspection", "cancel order 1234",
			"remove the old carpet", "remove the shed in back", "end of the month works", "by the end of the week", "quit my job last month", "the deal ended",
			"unsubscribe my wife from the newsletter? she asked", "delete the photo i sent, wrong one", "take the price off the listing", "take me off the loan and add my wife",
			"reschedule the walkthrough", "move the appointment to friday"}, opt("", "please", "thanks", "?")}},
		{false, "no_more_lookalike", "en", 80, [][]string{opt("", "ok", "lol"), {"no more questions", "no more repairs needed", "ask me again in january", "not interested right now",
			"not right now, maybe next year", "no thanks, we're keeping it", "never mind", "not selling yet", "i'm good for now", "no more than 250k",
			"not at this time", "ill pass on this one", "we decided to rent it out instead"}, opt("", "thanks", "but thanks", "ill let you know")}},
		{false, "third_party_stop", "en", 80, [][]string{{"i told the other company to stop calling", "my wife asked them to stop", "i told my brother to quit texting me about it",
			"the bank keeps calling me", "the other investors keep calling", "i blocked the other guy", "i reported the other company"},
			opt("", "lol", "you guys are fine", "so glad youre different", "anyway whats the offer")}},
		{false, "quoted_footer", "en", 60, [][]string{{"reply STOP to opt out", "txt STOP to end", "text STOP to cancel", "reply stop to unsubscribe"},
			{"WIN a free cruise now", "claim your prize at 80086", "your code is 4412", "msg rates may apply", "limited offer today only"}}},
		{false, "negated", "en", 100, [][]string{opt("", "no", "ha", "lol"), {"don't stop texting me, i'm interested", "please keep the updates coming", "dont take me off the list",
			"i didnt mean stop", "keep me posted", "you can text me anytime", "please keep texting me updates", "not unsubscribing, just busy",
			"i never said stop texting, i said not this week", "i didnt ask to be removed", "this isnt a no, just not yet", "i'm not saying stop, just slow down",
			"don't remove me, i'm still thinking", "i never asked to unsubscribe"}, opt("", "thanks", "!", "keep me posted", "text me next month")}},
		{false, "undo", "en", 60, [][]string{opt("", "oops", "sorry", "hey"), {"i unsubscribed by mistake", "i hit stop by accident", "i opted out by accident",
			"my kid texted stop, ignore that", "disregard my last text", "i didnt mean to unsubscribe"}, {"please add me back", "can you resubscribe me", "keep texting me",
			"i still want the updates", "put me back on the list", "start", "im still interested"}}},
		{false, "noun_stop", "en", 90, [][]string{opt("", "the", "at the", "next", "near the", "by the"), {"bus stop", "pit stop", "last stop", "first stop", "truck stop",
			"rest stop", "stop sign", "full stop", "one stop shop", "tour stop", "gas stop", "train stop", "stop light"}, opt("", "?", "lol", "ok", "by the house", "is close")}},
		{false, "stop_other_verb", "en", 80, [][]string{opt("", "lol", "come on", "ok"), {"stop lowballing me", "stop being so lazy", "stop it you're making me blush", "stop worrying about the roof",
			"stop overthinking it", "stop by whenever", "stop the water first", "stop playing, whats the real offer", "stop sending me low offers and make a real one",
			"quit joking around", "quit lowballing and give me a real number"}, opt("", "lol", "haha", "😂", "and come over", "give me a real number")}},
		{false, "defer", "en", 80, [][]string{opt("", "hey", "ok", "sorry"), {"ask me again in 6 months", "check back in the spring", "try me again next year", "never mind, i dont need it anymore",
			"we dont need a quote anymore", "not this week", "pause this till spring", "hold off for now", "cancel our meeting tomorrow, i'm sick",
			"please cancel the dinner reservation", "we found someone else, thanks anyway", "the offer is insulting, try again with a real number"},
			opt("", "thanks", "ill let you know", "talk then")}},
		{false, "ordinary", "en", 200, [][]string{opt("", "hi", "ok", "yes", "hey"), {"what's the offer", "how soon can you close", "the roof is new", "call me after 5",
			"send me the numbers", "we're still deciding", "my husband wants to sell", "is this a cash offer", "thanks for the info",
			"can you come by saturday", "what's the rate today", "how long is the install", "does it include the permit", "what does the trial include",
			"sounds good", "ok thanks", "who is this", "how did you get my number", "not sure yet", "maybe later this year", "can someone call me"},
			opt("", "?", "thanks", "!")}},
		{false, "provenance", "en", 80, [][]string{opt("", "hey", "wait", "um", "ok"), {"who gave you my number", "how did you get my number", "where did you get my info",
			"who is this", "how'd you get this number", "did my realtor give you my number", "which company is this", "is this about the house on elm",
			"who are you with", "what company are you from"}, opt("", "?", "??", "lol", "just curious", "before we talk")}},
		{false, "es_lookalike", "es", 100, [][]string{opt("", "si", "ok", "hola"), {"para el martes", "la oferta es muy baja", "mi hijo es muy alto", "es para mi mamá",
			"el techo está alto", "cancelar la cita del martes", "para qué hora", "no me interesa por ahora", "baja el precio y hablamos",
			"paren el agua, hay una fuga", "llámame mañana", "cuál es la oferta", "gracias por la información", "no puedo hoy, mañana sí"},
			opt("", "?", "gracias", "porfa")}},
		// the team or trade asked about: after the dev sets' "stop the
		// marketing texts" rows, a bare "marketing" read as a revocation.
		// Only departments and roles: no "promotions", "outreach" or
		// "publicidad", which revoke in "basta de publicidad"
		{false, "team_answer", "en", 100, [][]string{opt("im in", "i'm in", "we're in", "i run", "i lead", "head of", "our", "a team of 6 in", "i work in"),
			{"marketing", "sales and marketing", "marketing and ops", "digital marketing", "growth marketing", "product marketing", "sales", "ops",
				"customer success", "support", "hr", "finance", "it"},
			opt("team", "department", "dept", "lol", "why?", "for now", "and a bit of everything")}},
		{false, "es_team_answer", "es", 30, [][]string{opt("en", "trabajo en", "soy de", "somos como 10 en"),
			{"mercadeo", "marketing", "ventas", "ventas y marketing", "atención al cliente", "finanzas", "operaciones"},
			opt("nomás", "más que nada", "por ahora")}},
	},
	"frustration": {
		{true, "confused_upset", "en", 100, [][]string{opt("", "ugh", "omg", "honestly", "seriously"), {"im so confused", "this isnt working", "none of this makes sense",
			"i dont understand anything you're saying", "this is so confusing", "what are you even talking about", "i've explained this three times",
			"you keep asking the same thing", "this is going nowhere", "why is this so complicated"}, opt("", "!!", "??", "😩", "wtf", "i give up")}},
		{true, "anger", "en", 100, [][]string{opt("", "seriously", "unbelievable", "wow"), {"this is ridiculous", "worst service ever", "you people are useless", "i'm sick of this",
			"are you even reading my messages", "stop wasting my time", "nobody showed up again", "i've been waiting all day", "this is a joke", "what a scam"},
			opt("", "!!", "smh", "😡", "unreal")}},
		{true, "es_frustration", "es", 60, [][]string{opt("", "ya", "oiga"), {"estoy harta de esto", "qué falta de respeto", "no entiendo nada, esto no funciona", "nadie me contesta",
			"es el peor servicio", "ya me cansé de esperar", "otra vez no vino nadie", "no sirven para nada"}, opt("", "!!", "😡", "en serio")}},
		{false, "brief_status", "en", 120, [][]string{opt("yes", "ya", "yep", "yeah", "ok", "sure", "mhm", "si"), {"still selling", "still am", "still here", "still interested",
			"still own it", "i am", "we are", "not yet", "still thinking", "still waiting on my wife", "still available", "still looking", "im still in",
			"still do", "still have it", "still open to it", "same as before", "it is", "i do", "it still is", "still the same"},
			opt("", "lol", "thanks", "why", "!", "?")}},
		{false, "calm", "en", 200, [][]string{opt("", "hi", "ok", "thanks", "hey"), {"can you come saturday", "what's the next step", "the roof is 10 years old", "we're not in a rush",
			"sounds good", "no worries, take your time", "that price is a bit low for us", "i'd prefer a different date", "can you explain the fees",
			"i don't understand the second line of the quote, can you explain", "is this a scam? just checking", "not sure yet", "my phone died, sorry",
			"call me after 5", "please stop texting me", "the tenant is annoying but whatever", "hell yes lets do it", "this is crazy good news"},
			opt("", "?", "thanks", "!", "🙂")}},
	},
	"commitment": {
		{true, "ready", "en", 120, [][]string{opt("", "yes", "ok", "great", "perfect"), {"i'm ready", "we're ready to move forward", "let's do it", "can we move forward",
			"i want to do this this week", "book the demo", "sign me up", "send over the paperwork", "let's get started", "when can you come out to do the install",
			"where do i sign", "let's schedule the install", "i want to lock the rate today", "go ahead and book it", "send the contract, i'll sign tonight",
			"we want to start onboarding next week", "i'd like to schedule a demo for my team"}, opt("", "!", "thanks", "asap")}},
		{true, "deadline", "en", 80, [][]string{{"my contract expires friday", "our current plan ends on the 30th", "my rate lock expires monday", "the lease is up at the end of the month",
			"i have to close by the 15th", "need it installed before my inspection thursday"}, {"need this done before then", "can we make that work", "so we need to move fast", "let's get it going", "what do you need from me"}}},
		{true, "es_ready", "es", 60, [][]string{opt("", "sí", "ok", "perfecto"), {"estoy listo", "vamos a hacerlo", "quiero empezar esta semana", "mándeme el contrato", "cuándo pueden venir a instalar",
			"agenda la demo", "¿dónde firmo?", "sigamos adelante"}, opt("", "gracias", "!", "hoy mismo")}},
		{false, "soft_yes", "en", 150, [][]string{opt("", "hmm", "well"), {"sure", "ok", "maybe", "sounds good i guess", "i'll think about it", "possibly later this year",
			"ok thanks", "interesting", "yeah maybe", "let me talk to my wife", "not sure yet", "we'll see", "send me some info and ill look",
			"probably not this year", "what are the next steps? just curious", "how much would it cost", "can you send a brochure", "no thanks",
			"im still shopping around", "depends on the price", "is there a free trial", "when would you be able to come out, just checking for later"},
			opt("", "thanks", ".", "?")}},
		{false, "es_soft", "es", 60, [][]string{opt("", "mmm", "pues"), {"tal vez", "lo voy a pensar", "ok gracias", "quizás el próximo año", "depende del precio",
			"mándame información", "no sé todavía", "tengo que hablar con mi esposo"}, opt("", "gracias", ".")}},
	},
}

// generic are ordinary requests from other domains (orders, accounts,
// travel, feedback, errands): negatives of every task, so the model does
// not read customer-service vocabulary as a signal.
var generic = t{false, "generic", "en", 400, [][]string{opt("hi", "hey", "ok", "so", "quick question", "hello"),
	{"how do i change the shipping address on order", "i need to edit purchase", "where is my package, tracking", "can i return item",
		"i want to leave feedback about the service", "where can i submit a review", "is there an email for feedback", "i have a question about my invoice",
		"how do i update my payment method", "can i change my password", "my account is locked", "how long does delivery take",
		"what are your store hours", "do you ship to canada", "is the blue one in stock", "i bought something and want to modify the order",
		"can you remind me to buy milk", "set an alarm for 7", "whats the weather tomorrow", "book a table for two", "add eggs to my list",
		"how much is a ticket to denver", "find a pizza place nearby", "what's my balance", "transfer 200 to checking", "i lost my card",
		"i need assistance to see when my order arrives", "can i get a hamburger and fries", "send the pics to my email instead",
		"forward me the receipt", "i'm going out this weekend, any movie ideas", "remember to grab the dog bowl from the car"},
	{"", "1135426177", "#44817", "please", "thanks", "today", "?", "asap", "from last week"}}}

type row struct {
	Text   string `json:"text"`
	Label  bool   `json:"label"`
	Lang   string `json:"lang"`
	Group  string `json:"group"`
	Writer string `json:"writer"`
}

func expand(tp t, rng *rand.Rand) []string {
	all := []string{""}
	for _, s := range tp.slots {
		var next []string
		for _, a := range all {
			for _, b := range s {
				next = append(next, strings.TrimSpace(a+" "+b))
			}
		}
		all = next
	}
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	if len(all) > tp.max {
		all = all[:tp.max]
	}
	for i, s := range all {
		all[i] = style(fix(s), rng)
	}
	return all
}

// fix tidies spacing around punctuation.
func fix(s string) string {
	for _, p := range []string{" ?", " !", " ,", " ."} {
		s = strings.ReplaceAll(s, p, p[1:])
	}
	return strings.Join(strings.Fields(s), " ")
}

// style varies the casing and punctuation as people do.
func style(s string, rng *rand.Rand) string {
	switch rng.IntN(6) {
	case 0:
		return strings.ToLower(s)
	case 1:
		// the first letter by its rune: "¿" and "é" take two bytes
		if r, n := utf8.DecodeRuneInString(s); r != utf8.RuneError {
			return string(unicode.ToUpper(r)) + s[n:]
		}
	case 2:
		return strings.TrimRight(s, ".!?") + "."
	case 3:
		return strings.NewReplacer("you", "u", "your", "ur", "please", "pls", "thanks", "thx").Replace(strings.ToLower(s))
	}
	return s
}

func main() {
	dir := filepath.Join("internal", "learned", "data", "eng")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tasks := make([]string, 0, len(templates))
	for k := range templates {
		tasks = append(tasks, k)
	}
	slices.Sort(tasks)
	for ti, task := range tasks {
		rng := rand.New(rand.NewPCG(7, uint64(ti)))
		var b strings.Builder
		seen := map[string]bool{}
		for _, tp := range append(templates[task], generic) {
			for _, s := range expand(tp, rng) {
				if s == "" || seen[s] {
					continue
				}
				seen[s] = true
				j, _ := json.Marshal(row{Text: s, Label: tp.label, Lang: tp.lang, Group: "eng_" + tp.group, Writer: "eng"})
				b.Write(j)
				b.WriteByte('\n')
			}
		}
		if err := os.WriteFile(filepath.Join(dir, task+".jsonl"), []byte(b.String()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
