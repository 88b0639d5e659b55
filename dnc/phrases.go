package dnc

import (
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

var dncClasses = map[string]textmatch.Set{
	// verbs of stopping
	"stopv": textmatch.NewSet("stop", "quit", "cease", "discontinue", "halt", "end", "desist"),
	// gerunds of contacting (after a stop verb)
	"contacting": textmatch.NewSet("texting", "messaging", "contacting", "calling", "emailing", "reaching", "bugging",
		"bothering", "sending", "spamming", "harassing", "hassling", "pestering", "pinging", "writing", "hitting",
		"blowing", "following", "soliciting", "marketing", "advertising", "promoting",
		// the g dropped: "quit blowin up my phone", "stop botherin me"
		"textin", "messagin", "contactin", "callin", "emailin", "buggin", "botherin", "sendin", "spammin", "harassin",
		"hasslin", "pesterin", "pingin", "writin", "hittin", "blowin"),
	// nouns of contact
	"contactn": textmatch.NewSet("texts", "text", "messages", "message", "contact", "contacting", "communication", "communications",
		"calls", "emails", "offers", "outreach", "spam", "solicitations", "sms", "notifications", "alerts", "marketing",
		"reminders", "followups", "follow", "promotions", "promos", "ads", "mail", "mailers", "newsletter", "newsletters",
		"updates", "notices",
		// the other kinds of messages a business sends (w86, stop 69): "no
		// more robocalls", "stop the surveys", "no more event invites"
		"robocalls", "voicemails", "surveys", "invites", "invitations", "postcards", "catalogs", "catalogues", "mailings"),
	// kinds of those messages, a word before the noun: "no more sales
	// calls", "stop the cart reminder emails" (not a price: "no more
	// lowball offers", nor a medium: "the paper mailers")
	"kindn": textmatch.NewSet("sales", "promo", "promotional", "marketing", "spam", "junk", "robo", "automated", "advertising", "ad",
		"reminder", "birthday", "holiday", "cart", "phone", "upgrade", "renewal", "partner", "sponsor", "deal", "deals", "event", "webinar", "survey", "review",
		"rating", "feedback", "newsletter", "weekly", "daily", "monthly", "sale", "discount", "coupon", "rewards", "loyalty", "push", "app"),
	// contact verbs in the base form (after a negation)
	"contactv": textmatch.NewSet("text", "message", "contact", "email", "reach", "bug", "bother", "send", "spam", "harass",
		"ping", "hassle", "pester", "write", "sms", "solicit", "hit", "follow", "hmu"),
	"callv": textmatch.NewSet("call", "ring", "phone", "dial"),
	"me":    textmatch.NewSet("me", "us", "number", "phone", "her", "him", "them", "cell", "anymore", "again", "ever", "further"),
	"neg":   textmatch.NewSet("dont", "never", "do", "stop", "quit"),
	"adv": textmatch.NewSet("ever", "even", "please", "again", "really", "evr", "anymore", "further", "kindly",
		"you", "not", "all"),
	"removev": textmatch.NewSet("remove", "delete", "erase", "scrub", "drop", "lose", "loose", "purge", "unlist", "rm", "unenroll", "unregister", "deregister", "delist"),
	"myn":     textmatch.NewSet("me", "us", "number", "digits", "phone", "cell", "contact", "info", "information", "details", "name", "address", "email", "numero"),
	"det":     textmatch.NewSet("my", "this", "our", "the", "that", "his", "her", "these", "all", "mi", "mis", "su", "este"),
	"more":    textmatch.NewSet("more", "further", "additional", "other"),
	// what a line is kept from: "don't use it for insurance pitches", "no
	// lo usen pa vender"
	"salesn": textmatch.NewSet("pitches", "pitch", "sales", "selling", "sell", "ads", "advertising", "marketing", "promos", "promotions",
		"solicitations", "vender", "ventas", "anuncios", "publicidad", "promociones", "ofertas", "mercadeo", "propaganda"),
	"wrongn": textmatch.NewSet("number", "person", "guy", "lady", "girl", "man", "woman", "people", "persona", "phone",
		"household", "owner", "homeowner", "dude", "contact", "individual", "family"),
	"gone": textmatch.NewSet("alone", "be"),
	"off":  textmatch.NewSet("off", "out"),
	"list": textmatch.NewSet("list", "lists", "system", "systems", "records", "record", "database", "contacts", "outreach",
		"mailing", "files", "file", "rolodex", "crm", "registry", "newsletter", "newsletters", "distribution", "subscribers",
		// dev325 (stop 54), service English: "strike me from your rolls",
		// "the do-not-contact roster"
		"roster", "rosters", "rolls"),
	"subs":    textmatch.NewSet("subscription", "subscriptions", "newsletter", "newsletters", "membership", "mailing"),
	"cancelv": textmatch.NewSet("cancel", "canceling", "cancelling", "cancelled", "canceled", "end", "ending", "terminate"),
	"passive": textmatch.NewSet("contacted", "texted", "messaged", "called", "emailed", "bothered", "removed", "reached", "solicited", "spammed", "unsubscribed", "excluded", "dropped"),
	// verbs that report an earlier request ("we begged you to quit", "i
	// typed UNSUBSCRIBE on monday")
	"reported": textmatch.NewSet("asked", "told", "begged", "requested", "said", "replied", "texted", "typed", "sent",
		"responded", "wrote", "answered", "messaged", "emailed", "called", "pleaded", "asking", "telling", "dije", "pedi",
		"mande", "escribi", "puse", "envie", "dijimos", "pedimos"),
	// the earlier request itself
	"stopkw": textmatch.NewSet("stop", "unsubscribe", "remove", "removed", "quit", "optout", "stopall", "unsub", "baja", "alto"),
	// threats that make "if you ring this phone again" a revocation
	"threat": textmatch.NewSet("report", "reporting", "reported", "block", "blocking", "sue", "suing", "fcc", "ftc",
		"attorney", "lawyer", "police", "complaint", "authorities", "harassment", "abogado", "abogada", "demanda", "reportar", "denunciar",
		"ag", "ags", "denuncia", "bbb", "profeco", "sheriff", "querella", "daco", "cfpb", "regulator", "regulators",
		"reportarlos", "reportarles", "reportarte", "denunciarlos", "bloquearlos", "fiscalia", "procurador", "procuraduria"),
	// Spanish, Portuguese, French, German and Italian contact nouns
	"fcontactn": textmatch.NewSet("mensajes", "mensaje", "textos", "mensajitos", "llamadas", "correos", "sms", "whatsapp", "promociones", "comunicaciones", "comunicacion",
		"mensagens", "ligacoes", "messages", "appels", "courriels", "mails", "nachrichten", "anrufe", "werbung", "emails",
		"messaggi", "chiamate", "spam", "publicidad", "boletin", "boletines", "alertas", "notificaciones",
		// "no quiero más encuestas", "basta de invitaciones" (w86, stop 69)
		// (not "recordatorios": "no más recordatorios" reports reminders
		// that stopped coming)
		"encuestas", "invitaciones"),
	// Spanish removal verbs, with the object pronoun or not: "quitenme",
	// "saquenme", "borre mi numero", "que me eliminen"
	// a phone and a workplace, and the verbs of using it, for "es el
	// móvil del trabajo, no me mandéis publicidad"
	"esphone": textmatch.NewSet("telefono", "celular", "numero", "cel", "movil", "phone", "cell", "number", "line", "linea"),
	"eswork":  textmatch.NewSet("trabajo", "oficina", "empresa", "negocio", "compania", "chamba", "jale", "curro"),
	"esusev": textmatch.NewSet("usen", "use", "uses", "usar", "useis", "escriban", "escribas", "escribais", "llamen", "llames", "llameis",
		"manden", "mandes", "mandeis", "envien", "envies"),
	"esremove": textmatch.NewSet("saquenme", "quitenme", "borrenme", "eliminenme", "sacame", "quitame", "borrame", "kitenme", "sakenme", "sakame",
		"eliminame", "excluyame", "excluyanme", "sacarme", "quitarme", "borrarme", "eliminarme", "retirenme", "borreme",
		"removerme", "removernos", "sacarnos", "quitarnos", "borrarnos", "eliminarnos",
		"quiteme", "saqueme", "eliminenos", "quitenos", "borrenos", "remuevanme", "remuevame", "elimineme", "retireme",
		"desuscribanme", "desuscribame", "desuscribeme", "desuscribirme", "desuscribirnos", "desinscribanme", "desinscribirme",
		// Spain's vosotros: "quitadme de la lista"
		"quitadme", "borradme", "eliminadme", "sacadme", "quitadnos", "borradnos",
		// the tú form with "nos": "bórranos de la lista"
		"borranos", "quitanos", "sacanos", "eliminanos", "borrenmos"),
	"esremovev": textmatch.NewSet("retire", "retiren", "elimine", "eliminen", "borre", "borren", "quite", "quiten", "saque",
		"saques", "quites", "borres", "elimines",
		"saquen", "elimina", "borra", "quita", "saca", "eliminara", "borrara", "retirara", "quitaran", "borraran",
		"eliminaran", "sacaran", "excluya", "excluyan", "retirar", "eliminar", "borrar", "quitar", "sacar", "elimineme",
		"eliminelo", "borrelo", "quitelo", "saquelo", "retirelo", "borrenlo", "quitenlo", "eliminenlo", "saquenlo", "remueva", "remuevan", "remover", "remuevanme", "remuevame",
		// "os pediría que me quitéis de los envíos", "favor de eliminarlo
		// de su base de datos" (the number, named before)
		"quiteis", "saqueis", "borreis", "elimineis", "retireis", "eliminarlo", "borrarlo", "quitarlo", "sacarlo", "retirarlo"),
	"eslist": textmatch.NewSet("numero", "lista", "listas", "datos", "base", "telefono", "contactos", "celular", "cel", "list", "number"),
	// verbs that report an earlier request in Spanish
	"esreported": textmatch.NewSet("pedi", "dije", "solicite", "mande", "envie", "escribi", "pedimos", "dijimos", "indique",
		"avise", "puse", "pedido", "dicho", "solicitado", "indicado", "habia", "habian"),
	// esstillv: the messages kept up, "¿por qué siguen escribiendo?"
	"esstillv": textmatch.NewSet("escribiendo", "escribiendome", "escribiendonos", "texteando", "texteandome", "mandando", "mandandome", "enviando", "enviandome"),
	"esagain":  textmatch.NewSet("vuelvan", "vuelva", "vuelvas", "volvieran", "volviera", "vuelven"),
	// their negative-imperative / infinitive contact verbs (not past tenses)
	"fcontactv": textmatch.NewSet("manden", "mandes", "mande", "envien", "envies", "envie", "escriban", "escribas",
		"escriba", "llamen", "llames", "llame", "contacten", "contactes", "contacte", "molesten", "molestes", "moleste",
		"texteen", "textees", "mandem", "enviem", "escrevam", "liguem", "menvoyez", "mecrivez", "mappelez", "mecontactez",
		"envoyez", "ecrivez", "appelez", "contactez", "menvoie", "mecris", "mappelle", "mappeler", "mecrire", "menvoyer",
		"mecontacter", "appeler", "ecrire", "envoyer", "contacter", "schreiben", "kontaktieren",
		"anrufen", "senden", "schicken", "texten", "simsen", "storen", "belastigen", "scrivere", "scrivermi", "chiamare",
		// vosotros: "no me mandéis más SMS"
		"mandeis", "envieis", "escribais", "llameis", "molesteis", "contacteis",
		"chiamarmi", "contattare", "contattarmi", "mandare", "inviare"),
}

// The classes the rules name one by one, looked up once: a lookup of
// the map in a token loop cost more than the test it served.
var (
	dncCallvClass      = dncClasses["callv"]
	dncContactingClass = dncClasses["contacting"]
	dncContactnClass   = dncClasses["contactn"]
	dncContactvClass   = dncClasses["contactv"]
	dncDetClass        = dncClasses["det"]
	dncEslistClass     = dncClasses["eslist"]
	dncEsphoneClass    = dncClasses["esphone"]
	dncFcontactnClass  = dncClasses["fcontactn"]
	dncListClass       = dncClasses["list"]
	dncMynClass        = dncClasses["myn"]
	dncPassiveClass    = dncClasses["passive"]
	dncReportedClass   = dncClasses["reported"]
	dncStopkwClass     = dncClasses["stopkw"]
	dncThreatClass     = dncClasses["threat"]
)

// optOutPhrases are the natural-language revocation patterns. Names are
// recorded in the audit trail as "phrase:<name>".
var optOutPhrases = textmatch.MustCompile(dncClasses, []textmatch.Rule{
	{Name: "stop contacting", Pattern: "@stopv ~3 @contacting"},
	{Name: "stop contacting", Pattern: "cease and desist"},
	// (and a word of kind before the noun: "stop the cart reminder
	// emails", "stop all the sale alerts")
	{Name: "stop contact", Pattern: "@stopv ~2 @contactn / @stopv ~2 @kindn ~1 @contactn"},
	// "I'll reach out myself if that ever changes, so please pause all
	// outreach" (a pause bound in time is checked by pauseOnly)
	{Name: "pause contact", Pattern: "pause ~2 @contactn"},
	{Name: "stop", Pattern: "@stopv"}, // bare imperative; checked in acceptPhrase
	{Name: "stop", Pattern: "remove|unsubscribe|delete|revoke"},
	{Name: "dont contact me", Pattern: "dont|never @adv? @adv? @contactv @adv? @me"},
	{Name: "dont contact me", Pattern: "do not @adv? @contactv @adv? @me"},
	{Name: "dont contact me", Pattern: "dont|never @adv? @contactv this|my|that number|phone|cell"},
	{Name: "dont contact me", Pattern: "do not @adv? @contactv this|my|that number|phone|cell"},
	// "please no text this number again" (Hawaii Pidgin and SMS
	// shorthand drop the "do")
	{Name: "dont contact me", Pattern: "please no text|call|message|sms this|my number|phone|cell"},
	// "please don't text this one, my assistant reads it. my cell is ..."
	{Name: "dont contact me", Pattern: "dont|never @adv? text|message|call this|that one / do not @adv? text|message|call this|that one"},
	// "never reach out again", "do not message again"
	{Name: "dont contact me", Pattern: "dont|never @adv? @contactv ~3 again|anymore|ever / do not @adv? @contactv ~3 again|anymore|ever"},
	{Name: "dont contact me", Pattern: "no need to @adv? @contactv|@callv ~3 again|anymore|further"},
	// asked as a favour: "can you guys not text me anymore?", "could
	// you not message this number"
	{Name: "dont contact me", Pattern: "can|could|would you|yall ~2 not|never @contactv|@callv @adv? @me|this ~2 again|anymore|ever|number|phone|cell"},
	// "no need to keep writing to me", "no need to keep messaging me"
	{Name: "dont contact me", Pattern: "no need to keep @contacting|@contactv"},
	// "No need to keep in touch.", "no need to stay in touch"
	{Name: "no need in touch", Pattern: "no need to @adv? keep|stay in touch / no hace falta que sigamos|sigan|estemos en contacto / no hay necesidad de? que sigamos|sigan|estemos en contacto / no hace falta|necesidad de? que sigan|siga|sigas pendiente|pendientes de nosotros / no hace falta|necesidad de? que sigan|siga|sigas pendiente|pendientes de mi |"},
	// "este es el cel del trabajo, es de mi patrón, no lo usen por favor"
	{Name: "es work phone", Pattern: "no lo|la usen|use|uses|ocupen"},
	// "delete this one from whatever list you bought it from"
	{Name: "remove me", Pattern: "delete|remove|erase this|my ~1 one|number|cell|phone ~2 from|off ~3 list|lists|system|database"},
	// a removal asked for as a noun (stop 70, training writer w88):
	// "requesting removal of my email from your fundraising appeals"
	{Name: "remove me", Pattern: "removal|deletion of my|this|our email|number|name|address|info|information|data|contact|phone|cell ~1 address|number|info? from"},
	// "no need to message me in the meantime", "I'll pass on getting these
	// going forward"
	{Name: "dont contact me", Pattern: "no need to @adv? @contactv|@callv me|us ~3 meantime / no need to @adv? @contactv|@callv me|us ~3 going forward"},
	{Name: "dont contact me", Pattern: "pass on ~2 getting|receiving ~2 these|them|texts|messages|updates ~2 going forward|anymore / pass on ~2 getting|receiving any more|further"},
	// leave given to stop: "you can stop checking in on me, I'm good", "feel
	// free to stop texting"
	{Name: "leave to stop", Pattern: "you|yall can|may stop checking|following|reaching in|up|out|on / you|yall can|may stop texting|messaging|contacting|calling / free to stop checking|following|reaching in|up|out|on / free to stop texting|messaging|contacting|calling"},
	// "you don't need to keep checking in with me", "no need to keep
	// texting"
	{Name: "no need to keep", Pattern: "dont|no need to keep checking|following|reaching in|up|out|on / dont|no need to keep texting|messaging|contacting|calling|emailing"},
	// "please don't keep texting me about it"
	{Name: "no need to keep", Pattern: "dont keep texting|messaging|contacting|calling me|us|this"},
	// "Who do I have to talk to so these texts end?"
	{Name: "texts end", Pattern: "so|until that? these|the|your|yall @contactn ~1 stop|end|quit|cease / before|until these|they end|stop |"},
	// "I don't want anyone from your agency texting him again"
	{Name: "dont want anyone texting", Pattern: "dont|no want anyone|anybody ~4 texting|calling|contacting|messaging him|her|me|us|them ~1 again|anymore / dont want anyone|anybody ~4 texting|calling|contacting|messaging my dad|mom|father|mother|grandma|grandpa|parents|husband|wife ~1 again|anymore"},
	// "Si vuelven a mandar algo, le paso todo a mi abogado", "eso ya es
	// acoso"
	{Name: "threat", Pattern: "si vuelven|vuelve|siguen|sigue a? mandar|escribir|llamar|textear|mandando|escribiendo|llamando ~3 |? ~6 @threat / eso|esto ya? es puro? acoso / ya es acoso"},
	// "I replied the magic word twice already": the keyword sent before
	{Name: "magic word", Pattern: "replied|sent|typed|texted|said|wrote|answered|responded|hit ~3 the|your magic word|words|keyword / mande|puse|escribi|respondi|conteste ~3 la palabra magica|clave"},
	// "I'll pass on further texts", "no thanks on the next six texts
	// either", "I'd rather these texts didn't continue", "I'm going to
	// ask that this be the last message", "I'd like this to be the end
	// of our conversation", "don't need any more check-ins"
	{Name: "pass on texts", Pattern: "pass on further|more|future|any ~2 @contactn / no thanks|thank on|to the? next ~3 @contactn / no to the next ~3 @contactn / rather these|the|your @contactn didnt|not continue|come / that this be the last one|text|message / that it|this be the|your last text|message|one / direct|send nothing further|more to this number|phone / like this to be the end of ~1 conversation|it / dont|no need any more check ins / dont|no need any more follow ups / dont need any more checkins|followups / no need to check back ~3 or any other"},
	// "I filed a complaint with the state AG about your texts", "just
	// reported the number through my carrier's app", "see you in court"
	{Name: "threat", Pattern: "i|we|ive|weve filed|filing ~2 complaint ~8 your|these @contactn|texts|messages|calls / reported|reporting this|your|the number|texts|messages through|to|with ~3 carrier|carriers|7726|fcc|ftc|spam / see you in court / nos vemos en la? court|corte"},
	// "I'd appreciate being taken out of this", "we'd be grateful if you'd
	// let us be"
	{Name: "let us be", Pattern: "appreciate|like being taken|left out of this|it / appreciate|like|want to be taken|left out of this|it / let me|us be"},
	// the lead's number rather than the lead left out: "I'd like this
	// number left out of it from here on", "I'd appreciate my cell being
	// kept out of this"
	{Name: "number left out", Pattern: "like|want|appreciate|prefer this|my|our number|phone|cell|line ~1 left|kept out of this|it|things / like|want|appreciate|prefer this|my|our number|phone|cell|line being left|kept out of this|it|things"},
	// "I'd appreciate it if this is the last one", "please let this be
	// the last text"
	{Name: "last one", Pattern: "appreciate it? if this|that is|was the last one|text|message|follow|followup|reminder / hopefully|hope this is|was the last one|text|message|follow|followup|reminder / make this the last one|text|message|follow|followup / let|make this be? the last one|text|message you|yall? send"},
	// "I need my phone for family only", "este cel es solo para la
	// familia"
	// "please use it for nothing but emergencies, which this isn't"
	{Name: "line for emergencies", Pattern: "use it|this for nothing but|except family|emergencies"},
	{Name: "line for family", Pattern: "my|this phone|cell|line|number ~6 family|emergencies only / my|this phone|cell|line|number ~5 only for family|emergencies / my|this phone|cell|line|number ~8 nothing but|except family|emergencies / mi|este cel|celular|telefono|numero ~4 solo|solamente|nomas para ~2 familia|emergencias"},
	// "leave it out of your campaigns"
	{Name: "leave out of campaigns", Pattern: "leave|keep me|us out of ~2 campaigns|campaign|marketing|mailings|outreach|blasts / leave|keep it out of your|yall campaigns|campaign|marketing|mailings|outreach|blasts|list|lists / leave|keep this|my|that number|phone|line|cell out of ~2 your|yall|the campaigns|campaign|marketing|mailings|outreach|blasts|list|lists"},
	// "Can you make sure I don't hear from you guys again?"
	{Name: "dont hear from you", Pattern: "dont|never hear from you|yall ~2 again|anymore"},
	// a household speaking as one (blind77, stop 74): "none of us want to
	// hear from you again", "nobody in this house wants to hear from you
	// anymore"
	{Name: "none of us want to hear", Pattern: "none of us ~1 want|wants|wanna to? hear from you|yall|your / nobody|noone ~4 wants|want to hear from you|yall|your ~2 again|anymore"},
	// a wish to be as before, unreached (blind77, stop 74): "I'd like to
	// go back to not hearing from anybody"
	{Name: "rather not hear", Pattern: "go|get back to not hearing from anybody|anyone|you|yall"},
	// "would rather not hear from anyone there again", "I'd prefer to be
	// left alone"
	{Name: "rather not hear", Pattern: "rather not hear from you|yall|anyone|anybody|your ~3 again|anymore / id|i|we|wed prefer|rather to? be left alone / i|we would prefer|rather to? be left alone"},
	// "I'd just as soon not hear from RentLedger again": a name of the
	// sender's, "again" closing the clause
	{Name: "rather not hear", Pattern: "as soon not hear from you|yall|your ~2 again|anymore / as soon not hear from _ again|anymore"},
	// the sender counted among everyone (blind72, stop 71): "I'd rather
	// not hear about insurance from anyone for a while, you included"
	{Name: "rather not hear anyone", Pattern: "rather not hear ~4 from anyone|anybody ~4 |? you|yall included / rather not hear ~4 from anyone|anybody ~4 |? including you|yall"},
	// the lead's name kept out of the sender's phone or lists (blind72,
	// stop 71): "keep my name out of your phone while you're at it"
	{Name: "keep name out", Pattern: "keep|leave my|our name|number|info|information out of your|yall phone|phones|list|lists|system|database|contacts"},
	// done for good, said plainly (blind72, stop 71): "I'm good,
	// permanently"
	{Name: "done for good", Pattern: "im good|set|done |? permanently|forever | / i|we am|are good|set|done |? permanently|forever | / im good |? for good | / i|we am|are good |? for good |"},
	// "I'd just as soon not hear about it by text anymore" (the texts
	// named: see phraseRules)
	{Name: "rather not hear about it", Pattern: "as soon not hear about it|this ~3 anymore|again"},
	// dev266: "I'd appreciate it if this thread just ended here"
	{Name: "thread ends", Pattern: "appreciate|prefer|rather|like ~2 if this|the thread|conversation|chat ~1 ended|ends|end|stopped|stops here|now|there"},
	// dev254, dev256: "please let March be the last of it", "consider
	// me a closed file", "let's skip the check-in, and the one after that"
	{Name: "last text", Pattern: "let january|february|march|april|may|june|july|august|september|october|november|december|today|tonight be the last of it|them / consider me a closed file|case|book"},
	// "hágame el favor de ya no buscarme", "prefiero que TapBook no me
	// busque más", "ya no ocupo cotizaciones ni recordatorios"
	{Name: "foreign", Pattern: "ya no buscarme|buscarnos | / no me|nos busque|busquen|busques mas | / no me|nos anden|andes|sigan|siga buscando | / dejen|deje|deja de buscarme|buscarnos | / ya no ocupo|ocupamos|necesito|necesitamos|quiero ~3 recordatorios|mensajes|textos|cotizaciones ni"},
	// "Don't follow up.", "no need to follow up with me anymore"
	{Name: "dont follow up", Pattern: "dont|never @adv? follow up / do not @adv? follow up"},
	// short channel lists: "never email or phone", "do not message or ring us"
	{Name: "dont contact me", Pattern: "dont|never @adv? @callv|@contactv or|nor|and @callv|@contactv me|us?"},
	{Name: "dont contact me", Pattern: "do not @adv? @callv|@contactv or|nor|and @callv|@contactv me|us?"},
	{Name: "no contact list", Pattern: "no @contactn |? no|or|nor @contactn"},
	// "how can i get the calls to end"
	{Name: "make them stop", Pattern: "make|get @det? @contactn ~1 stop|end|quit|cease"},
	// "if you email again ill call my lawyer", "one more message and i block this"
	{Name: "threat", Pattern: "if ~2 @contactv|@callv ~3 again|anymore|vez |? ~4 @threat"},
	{Name: "threat", Pattern: "one more @contactn|call|text ~6 @threat"},
	// "text me one more time and I'm sending all of it to our counsel"
	{Name: "threat", Pattern: "@contactv|@callv me|us one more time ~10 attorney|lawyer|counsel|fcc|ftc|cfpb|bbb|police|ag|reporting|sue|suing|complaint|harassment|abogado"},
	// a long aside before the threat: "one more text and I'm forwarding
	// this whole thread to the state AG"
	{Name: "threat", Pattern: "one more @contactn|call|text ~1 and ~10 attorney|fcc|ftc|ag|bbb|police|lawyer|abogado|counsel|cfpb"},
	// "if I get one more of these I'm calling the state AG", "BBB
	// complaint is drafted. One more message and I hit send", "I swear if
	// my phone buzzes with one more of your texts"
	{Name: "threat", Pattern: "one more of these|those|them|your ~8 @threat / @threat ~8 one more @contactn|call|text"},
	{Name: "if one more", Pattern: "one more of your|these @contactn"}, // "if" before it: checked in phraseRules
	// "he has asked that all direct contact from your firm cease"
	{Name: "contact cease", Pattern: "contact|communication|communications|correspondence from your|you ~3 cease|ceases|end|stop"},
	// "me quitan de la lista ya porfavor"; "¿me quitaron de la lista o
	// no?", a removal asked after
	{Name: "es remove me", Pattern: "me|nos quitan|sacan|borran|eliminan de ~2 lista|listas|list|base"},
	{Name: "es was removed", Pattern: "me|nos quitaron|sacaron|borraron|eliminaron de ~2 lista|listas|list|base"},
	// dev320 (stop 54): "I'd suggest your compliance team look into why
	// I'm still on your list", a complaint that asks the list be left
	{Name: "still on list", Pattern: "why am|are i|we still on|in your|yall ~1 list|lists|system|database / why im|were still on|in your|yall ~1 list|lists|system|database / why is|s my|this|our number still on|in your|yall ~1 list|lists|system|database"},
	// "ya me salí de su lista, why am I still getting these"
	{Name: "es left list", Pattern: "me|nos sali|salimos de su|sus|la|tu lista|listas|list"},
	// the statute named with what it costs: "i know about the TCPA. each
	// text is $500"
	{Name: "threat", Pattern: "know|heard ~2 the? tcpa / tcpa violation|violations|lawsuit|lawsuits|claim|claims|suit|suits|lawyer|lawyers|attorney|attorneys / each|every text|message|call is ~2 500|$500"},
	// "i have the FCC complaint form open in another tab", "block
	// incoming in 3... 2..."
	{Name: "threat", Pattern: "fcc|ftc|cfpb|bbb|tcpa complaint|complaints form|forms|open|ready|drafted|typed / block|blocking|report incoming|loading|imminent"},
	// "keep it up and you'll be explaining yourself to the FCC"
	{Name: "threat", Pattern: "keep it|this up ~8 @threat"},
	// a warning with no threat word (blind70, stop 71): "keep messaging
	// me and you'll be hearing from her boss"
	{Name: "warned", Pattern: "keep @contacting me|us and you will be? hearing|hear from my|her|his|our|their|the ~1 @threat|boss|people|family|son|daughter|husband|wife|brother|cousin|friend|uncle|nephew|union|office / keep it|this up and you will be? hearing|hear from my|her|his|our|their|the ~1 @threat|boss|people|family|son|daughter|husband|wife|brother|cousin|friend|uncle|nephew|union|office"},
	// "voy a llamar al fiscal general si me siguen mandando estos textos"
	{Name: "threat", Pattern: "@threat|fiscal|procuraduria|policia ~8 si me|nos siguen|sigue|vuelven|vuelve ~2 mandando|escribiendo|llamando|textiando|texteando|enviando|molestando / @threat|fiscal|procuraduria|policia ~8 si me|nos vuelven|vuelve a escribir|llamar|mandar|textear|molestar|contactar"},
	// "si me volvéis a escribir pongo una reclamación en la OCU", "si no
	// paran I'm calling the sheriff"
	{Name: "threat", Pattern: "si me|nos vuelven|vuelve|volveis|vuelves a ~1 escribir|escribirme|llamar|llamarme|mandar|mandarme|textear|molestar ~6 demando|demandare|denuncio|demandamos|denunciamos|reporto|reportare / si me|nos vuelven|vuelve|volveis|vuelves a ~1 escribir|escribirme|llamar|llamarme|mandar|mandarme|textear|molestar ~6 quejo|quejare ~4 profeco|fcc|ocu|indecopi|ftc|bbb / si me|nos vuelven|vuelve|volveis|vuelves a ~1 escribir|escribirme|llamar|llamarme|mandar|mandarme|textear|molestar ~6 pongo|pondre|meto|presento|levanto|hago|llamo|llamare|hablo|hablare|voy ~4 reclamacion|queja|denuncia|ocu|indecopi|profeco|demanda|abogado|policia|fiscalia|sheriff / si no paran|dejan ~3 calling|call|llamo|llamar|llamare|reporto|reportar|voy ~3 @threat|sheriff|policia"},
	// "ya saben qué hacer con mi número" (as one says of trash)
	{Name: "number gone", Pattern: "ya saben|sabes|sabe que hacer con mi|este numero"}, // the clause must end there: see phraseRules
	// "no me pueden estar texteando aquí las offers" (a work phone)
	{Name: "es keep writing can", Pattern: "no me|nos pueden|puedes|puede estar ~1 texteando|textiando|escribiendo|mandando|llamando"},
	// "el próximo mensaje que me llegue de ustedes lo reporto con las
	// autoridades"
	{Name: "threat", Pattern: "proximo|siguiente mensaje|texto|mensajito ~8 reporto|reportare|denuncio|denunciare|demando|demandare|autoridades|profeco"},
	// "if I get another text I'm filing with the CFPB", "si vuelvo a
	// recibir un mensaje suyo presento la queja ante PROFECO"
	{Name: "threat", Pattern: "if i|we get|receive another ~1 text|message|call|one ~8 @threat / si vuelvo|volvemos a recibir ~4 mensaje|mensajes|texto|textos|llamada|llamadas|algo ~8 @threat|queja|denuncia|demando|denuncio|reporto / si recibo|recibimos otro|otra ~2 mensaje|texto|llamada ~8 @threat|queja|denuncia|demando|denuncio|reporto"},
	// "if these texts keep up the BBB hears about it"
	{Name: "threat", Pattern: "if these|those|your|the @contactn keep|keeps coming|up ~4 @threat / if these|those|your|the @contactn continue|continues ~4 @threat"},
	// the condition after the threat: "my attorney will be hearing about
	// this if it keeps up", "the FCC gets a call if this happens again"
	{Name: "threat", Pattern: "attorney|lawyer|fcc|ftc|bbb|police|abogado|abogada|counsel|cfpb ~8 if it|this|you|yall|they|these|those ~1 keeps|keep up|coming / attorney|attorneys|lawyer|lawyers|abogado|counsel ~8 if the|your @contactn keeps|keep up|coming / fcc|ftc|bbb|cfpb ~8 if it|this|that happens again"},
	// ending it in other words: "this conversation is over", "consider
	// this my final reply", "this is the last one you should send",
	// "excluded from future correspondence", "there's
	// no Mr. Alvarez here", "marcado como spam", "ya estuvo con los
	// mensajitos"
	// "this channel's closed", "this chat is closed"
	{Name: "done with messages", Pattern: "this conversation|chat|thread is over|done|finished|closed / this channel is closed|over / this channels closed|over / consider this|it my final|last reply|message|response|text / last one|text|message you ~1 should|can|will|may send"},
	// dev321 (stop 54), joking parents: "please retire this thread",
	// "now vanish from my inbox", "please just let me go", "don't slide
	// back into my messages", "why are you still texting me"
	{Name: "retire thread", Pattern: "retire|kill|archive|sunset this|the|your thread|chain|conversation|texts|messages"},
	{Name: "done with messages", Pattern: "vanish|disappear|evaporate|poof ~1 from my|this inbox|phone|life|texts|messages|dms|notifications|number / vanish|disappear|evaporate|poof ~1 out of my|this inbox|phone|life|texts|messages|dms|notifications|number"},
	{Name: "done with messages", Pattern: "please|just let me|us go |"},
	{Name: "done with messages", Pattern: "dont|never slide|come|creep|crawl back into|in my|our|these messages|dms|inbox|texts|phone"},
	// dev322 (stop 54): "please keep your messages off this line", "she
	// says to tell you I want none of these", "think carefully before you
	// send the next one", "I'd appreciate it if it got taken out of
	// there", "so just don't send me more ok?"
	// dev325 (stop 54), radio and service jargon: "this is the part where
	// you go radio silent. For good.", "requesting permanent comms
	// blackout", "negative on future messages", "cease transmitting"
	{Name: "radio silence", Pattern: "radio silent|silence ~3 for good / radio silent|silence ~3 permanently|forever / radio silent|silence ~3 from now on / radio silent|silence | ~1 for good / radio silent|silence | ~1 permanently|forever"},
	{Name: "radio silence", Pattern: "go|goes|going|stay dark|quiet|silent ~3 for good / go|goes|going|stay dark|quiet|silent ~3 permanently|forever"},
	{Name: "radio silence", Pattern: "permanent|total|complete|full ~1 comms|communications|communication|contact blackout|silence|shutdown / permanent|total|complete|full radio silence|blackout / comms|communications|contact blackout"},
	{Name: "no more messages", Pattern: "negative on|to ~1 future|further|more|any|all messages|texts|contact|comms|communications|transmissions"},
	{Name: "stop contacting", Pattern: "cease|halt|terminate all|your? transmitting|transmissions|transmission|comms"},
	// dev326 (stop 54): "please be just as faithful about leaving me
	// alone"
	{Name: "about leaving me alone", Pattern: "about|on|at leaving|letting me|us alone|be"},
	// dev328 (stop 54): "es ilegal mandar esto sin permiso ... lo que
	// sigue es demanda"
	{Name: "threat", Pattern: "lo que sigue es|sera ~1 demanda|denuncia|queja|abogado / es ilegal mandarme|enviarme|mandarnos|enviarnos ~3 sin mi|nuestro? permiso|consentimiento|autorizacion / es ilegal mandar|enviar esto|mensajes|textos ~2 sin mi|nuestro? permiso|consentimiento|autorizacion"},
	// "no quiero recibir ningún seguimiento"
	{Name: "es no follow up", Pattern: "no quiero|queremos|deseo|deseamos recibir? ningun|mas|otro seguimiento|seguimientos"},
	// dev330, dev331, dev333 (stop 54): "keep texting me and see how that
	// goes", "can we just not, forever", "reportarlos como basura. Si me
	// llega otro, eso hago", "ya no me tienen que estar escribiendo",
	// "not on this line please", "he wants no more of them"
	{Name: "threat", Pattern: "keep texting|messaging|calling me|us and see how|what ~2 goes|happens"},
	// "mi nieto ... ya reportó el número a la compañía de teléfono"
	{Name: "threat", Pattern: "reporte|reporto|reportamos|reportaron|reportado el|este|su|tu numero ~6 carrier|fcc|ftc|spam|fraude|verizon|att|tmobile / reporte|reporto|reportamos|reportaron|reportado el|este|su|tu numero ~4 compania de telefono|telefonos|celular|cel"},
	// "next one of these that comes through, I'm phoning the attorney
	// general's office", "next mensaje que me llegue, le paso el
	// screenshot a mi lawyer", "next text and he files it"
	{Name: "threat", Pattern: "next text|message|mensaje|texto ~6 |? ~8 @threat / next one of these|those|them|yours ~6 |? ~8 @threat / next one that|you|i ~4 |? ~8 @threat / next one|text|message|mensaje ~2 and he|she|i|we|they ~1 files|file|sues"},
	{Name: "threat", Pattern: "reportarlos|reportarles|bloquearlos|denunciarlos ~3 | ~1 si me|nos llega|llegan|mandan otro|otra|mas"},
	{Name: "no more messages", Pattern: "can|could we|you just not | ~1 forever|anymore / can|could we|you just not forever|anymore"},
	{Name: "es dont contact again", Pattern: "no me|nos tienen|tiene que ~1 estar? escribiendo|escribir|mandando|mandar|textear|texteando"},
	{Name: "keep off line", Pattern: "not on|to this|my|our line|number|phone|cell please|thanks|thank"},
	{Name: "want none", Pattern: "want|wants|wanted no more of these|those |"},
	{Name: "keep off line", Pattern: "keep ~1 your|these|the|yall|all messages|texts|marketing|promos|ads off this|my|our line|phone|number|cell|inbox / keep ~1 your|these|the|yall|all messages|texts|marketing|promos|ads away from this|my|our line|phone|number|cell|inbox"},
	{Name: "want none", Pattern: "want none of these|your |"},
	{Name: "threat", Pattern: "think ~2 before you|yall send|text|message ~2 next|another|again"},
	{Name: "remove me", Pattern: "appreciate|grateful|thankful it? if i|we|me|us ~1 got|was|were|be taken|pulled|removed|deleted|erased out|off|from / appreciate|grateful|thankful it? if my|this|our|her|his number|info|contact|phone|cell ~1 got|was|were|is taken|pulled|removed|deleted|erased out|off|from"},
	// dev332 (stop 54): "I'd appreciate it if this number came off
	// whatever list it landed on", "if you could mark her as
	// do-not-contact on your end"
	{Name: "remove me", Pattern: "appreciate|grateful|thankful it? if this|my|her|his|our|the number|phone|cell ~1 came|come|went|comes off|out ~2 @list|whatever|your|ur"},
	// the sender named as the one to do it (blind77, stop 74): "I'd
	// appreciate it if you took this number out of your follow-ups"
	{Name: "remove me", Pattern: "appreciate|grateful|thankful it? if you|yall|ya ~1 took|take|pulled|pull|removed|remove|deleted|delete|dropped|drop this|my|our|the number|phone|cell out|off|from / appreciate|grateful|thankful it? if you|yall|ya ~1 took|take|pulled|pull|removed|remove|deleted|delete|dropped|drop me|us out|off|from"},
	{Name: "do not call list", Pattern: "mark|flag|list|put me|us|her|him|them|this|my|his ~1 number? as ~1 do not contact|call|text / mark|flag|list|put me|us|her|him|them|this|my|his ~1 number? as ~1 dnc"},
	{Name: "dont send more", Pattern: "dont|never @adv? send me|us more | / dont|never @adv? send me|us more ok|please|thanks"},
	{Name: "still texting", Pattern: "why are you|yall still texting|messaging|contacting|hitting me|us|this|my"},
	// "why do you keep texting me?", "So why tan escribiendo todavía??",
	// "¿por qué siguen escribiendo?"
	{Name: "keep texting", Pattern: "why do|does you|yall guys|folks|all? keep texting|messaging|contacting|calling|hitting me|us|my / why do|does you|yall guys|folks? keep sending me|us these|this|texts|messages / why tan|estan|andan ~1 @esstillv / por que tan|estan|andan ~1 @esstillv / why siguen|sigue|continuan @esstillv / por que siguen|sigue|continuan @esstillv"},
	// "please close our file and let that be the end of the
	// correspondence", "put an end to these texts"
	{Name: "end of contact", Pattern: "let that|this|it be the end of ~2 correspondence|communication|communications|contact|messages|texts|texting|emails / put an end to ~2 correspondence|communication|communications|contact|messages|texts|texting|calls"},
	{Name: "close my file", Pattern: "close our|my file / cierren mi|nuestro expediente|archivo"},
	// "this number is for my bodega's deliveries. keep it free for my
	// customers please"
	{Name: "keep line free", Pattern: "keep|leave it|this|my|the ~1 number|line|phone? free|clear for"},
	{Name: "excluded", Pattern: "be|get excluded|exempted from ~2 future? correspondence|communications|communication|messages|texts|mailings|contact"},
	{Name: "wrong number", Pattern: "there is|theres no ~3 here / no one|nobody by that name / nadie con ese nombre"},
	// "there's no Mrs. Reyes at this number", "nobody named Dee here",
	// "this line used to belong to somebody else"
	{Name: "no such person", Pattern: "there is|theres no ~2 at this number|phone / nobody named ~3 here / no one named ~3 here / nobody named ~3 at|on this number|line|phone / no one named ~3 at|on this number|line|phone / nobody here by that name / no one here by that name / nobody by that name / number|phone|line used to belong to ~1 someone|somebody else|elses / number|phone|line used to be ~1 someone|somebody else|elses"},
	// "there ain't no Tyrone at this number" (the one word between
	// checked in phraseRules: not "ain't no problem at this number")
	{Name: "aint no one here", Pattern: "aint no ~1 at this number|line"},
	{Name: "report spam", Pattern: "marcado|marcada|marque|marcando|marcar|marco|marcarlo|marcarlos ~1 como spam"},
	// "ustedes no tienen mi permiso para escribirme", "olvidarse de este
	// número"
	{Name: "es revoke", Pattern: "no tienen|tiene|tienes mi permiso|autorizacion|consentimiento para / ya no doy|damos|otorgo ~1 permiso|autorizacion|consentimiento para|de mensajes|textos|escribirme|contactarme|mandarme|enviarme|llamarme|textearme|escribirnos|contactarnos|mandarnos|enviarnos|llamarnos / ya no doy|damos|otorgo ~1 permiso|autorizacion|consentimiento para|de que me|nos escriban|contacten|manden|envien|llamen|texteen / olvidarse|olvidar|olvidarme de ~2 este|mi numero|telefono|celular"},
	// "reported as junk", "marked this as junk"
	// ("marking all of this as spam")
	{Name: "report spam", Pattern: "reported|marked|marking|mark|flag|flagged|flagging ~3 as junk|spam"},
	// dev296 (stop 52): "this is going in my spam report", "adding you
	// to my spam report"
	{Name: "report spam", Pattern: "going|goes|go|went|adding|added|add|putting|put ~3 in|into|on|to my|the spam|junk report|reports"},
	// dev294 (stop 52): "he'd like the messages to this phone to end
	// here", "let's just end it here, I'll look you up if I ever need
	// anything"
	// dev299 (stop 52), formal: "I have no further interest and no
	// desire to hear from your company again"
	{Name: "no desire to hear", Pattern: "no desire|wish|interest to|in hear|hearing from ~1 you|your|yall ~1 company|firm|office|people|team? again|anymore|further"},
	// dev306 (stop 53), polite English as a second language: "we hope
	// not to receive more message", "please don't keep my info", "I
	// don't want to see your name in my phone again", "I want silence
	// from your company"; and "find someone else to bother" (an
	// imperative, checked as "go bother others")
	{Name: "prefer no messages", Pattern: "hope|wish|prefer|want|like not to receive|get any|more|further ~1 message|messages|texts|text|sms"},
	{Name: "dont keep my info", Pattern: "please|and|kindly dont|not keep|store|retain my|our info|information|details|number|data / please|and|kindly do not keep|store|retain my|our info|information|details|number|data"},
	{Name: "dont want to see", Pattern: "dont|not|never want|wanna to? see your|yall ~1 name|number|texts|messages again|anymore / dont|not|never want|wanna to? see your|yall ~1 name|number|texts|messages in|on my ~1 again|anymore|ever"},
	// dev307 (stop 53): "At any rate I'd rather not be on these texts
	// myself"
	{Name: "off your list", Pattern: "rather|prefer not to? be on|in these|your|the|this|those texts|messages|thread|chain|emails|alerts"},
	// dev309 (stop 53): "Please let this number rest, we are grieving"
	{Name: "lose my number", Pattern: "let this|my|our number rest"},
	// dev315 (stop 53), blunt Northeast English: "don't hold your breath
	// and don't send another one", "go bother somebody in Southie, this
	// conversation's over", "had my number pulled from you people last
	// year", "my wife wants youse off her phone", "for my phone to quit
	// lighting up with your name", "... and scram"
	{Name: "dont contact me", Pattern: "dont|never send|text another one|text|message |"},
	{Name: "go bother others", Pattern: "bother|pester|bug|harass somebody|someone|anybody|anyone in|at|from|over"},
	{Name: "part ways", Pattern: "this|the conversation|chat is|s over / this|the conversation|chat is|s done / this|the conversations|convos over|done"},
	{Name: "number pulled", Pattern: "had|got my|our number pulled|removed|deleted"},
	{Name: "off my phone", Pattern: "wants|want you|yall off my|her|his|our phone|number|cell|line"},
	{Name: "off my phone", Pattern: "quit|stop lighting up with your name|texts|messages / scram |"},
	// dev317 (stop 53), Texas and Tejano: "y'all can go ahead and forget
	// you ever had it", "I'd just as soon y'all not light my phone up",
	// "por este número mejor ya no me busquen"
	{Name: "go away", Pattern: "forget you|yall ever had it|this|me|my|us"},
	{Name: "dont contact me", Pattern: "not|stop|quit light|lighting my|this phone up / not|stop|quit light|lighting up my|this phone"},
	{Name: "es dont contact again", Pattern: "ya no me|nos busquen|busque|contacten|contacte |"},
	// dev316 (stop 53), spelled as it sounds: "1 mor txt an im goin to
	// the atorny genral", "my lawyr gona hear bout this if u keep
	// txting", "i want out of these mesages", "this my werk fone cant be
	// gettin this stuff on it", "lets make it the last one", "no me
	// pueden mandar cosas aki", "ya no me ablen"
	{Name: "threat", Pattern: "1|one more text|message|mensaje ~7 @threat"},
	{Name: "threat after", Pattern: "@threat ~8 if you keep texting|messaging|sending|calling / @threat ~8 si siguen|sigues|sigue mandando|escribiendo|llamando"},
	{Name: "off your list", Pattern: "want|wanna|need out of these|your|the|this messages|texts|list|thread|chat"},
	{Name: "work line", Pattern: "cant be getting|receiving this|these|your stuff|texts|messages ~2 on|to it|this"},
	{Name: "last one", Pattern: "make it|this|that the last one|text|message |"},
	{Name: "es dont contact again", Pattern: "no me|nos pueden|puede mandar|enviar|escribir ~2 aqui|aca / ya no me|nos hablen|marquen |"},
	// dev314 (stop 53): "les agradecería que dejaran de escribir a este
	// celular, es personal"
	{Name: "es dont contact again", Pattern: "agradeceria|agradeceriamos|agradeceremos que dejaran|dejasen|dejen de escribir|escribirme|escribirnos|contactar|contactarme|mandarme|textear|llamar|llamarme / agradeceria|agradeceriamos|agradeceremos que dejaran|dejasen|dejen de mandar|enviar mensajes|textos|mensajitos"},
	// dev310 (stop 53): "this number's the fire hall phone though,
	// shouldn't be getting these", "you can let the tune-up reminders go,
	// nobody at this number needs them"
	{Name: "wrong number", Pattern: "shouldnt be getting|receiving these|them | / should not be getting|receiving these|them | / shouldnt be getting|receiving these|your texts|messages|reminders | / should not be getting|receiving these|your texts|messages|reminders |"},
	{Name: "wrong number", Pattern: "nobody|noone at|on this number|phone|line needs|wants|uses them|these|those|it / no one at|on this number|phone|line needs|wants|uses them|these|those|it / you can let the|these|those|your ~1 reminders|texts|messages|alerts go |"},
	{Name: "want silence", Pattern: "want|prefer|need|like|ask|request silence from you|your|yall"},
	{Name: "go bother others", Pattern: "find someone|somebody|anybody|anyone else to bother|pester|bug|spam|harass|hassle|annoy"},
	// dev304 (stop 52): "nix me from it", "id appreciate this thread goin
	// quiet for good", "please hold off on messagin this number from now
	// on", "we'd both prefer no follow ups so consider this the end of it"
	// dev298 (stop 52): "please keep your advertisement off of it", "I
	// would prefer to receive no messages from your side going forward",
	// "she say I should ask you to not write again", "prefiero que ya no
	// se comuniquen conmigo"
	// dev302 (stop 52): "make a note to leave us off going forward", "no
	// need to check back with us down the road"
	{Name: "leave us off", Pattern: "leave|keep me|us off going|from forward|now|here / leave|keep me|us off ~1 list|lists / no need to check|circle|follow back|up ~2 with? me|us ~3 road|future|again|later"},
	{Name: "keep it off", Pattern: "keep|keeping your|the @salesn|advertisement|advertisements|ads|promotions|offers off ~1 of? it|this|my|here"},
	{Name: "prefer no messages", Pattern: "prefer|like|want to receive|get no messages|texts|message|text|contact / ask|asking you to not|never write|text|message|contact|bother ~2 again|anymore / prefiero|preferimos|prefiere que ya? no me|nos|se comuniquen|contacten|escriban|manden|busquen"},
	{Name: "nix me", Pattern: "nix me|us from|off ~2 it|that|this|list|texts|messages |"},
	{Name: "thread quiet", Pattern: "this|the thread|chat|conversation|line|number ~1 go|going|went|gone quiet|silent|dark / hold off on @contacting ~3 from now on / hold off on @contacting ~3 for good|permanently|forever"},
	// until the lead comes back: "i'll reach out if i ever need anything.
	// until then pls hold off on the texts", "hold off on texting until I
	// reach out"
	{Name: "thread quiet", Pattern: "until then ~3 hold off on ~1 the|these|your? texts|messages|texting|@contacting / hold off on ~1 the|these|your? texts|messages|texting|@contacting ~2 until i|we reach|contact|text|call|say|let"},
	{Name: "no follow ups", Pattern: "prefer|want|like no follow|followups|followup|further ~1 ups|contact|texts|messages / consider this the end of it|this|things |"},
	{Name: "end it here", Pattern: "@contactn ~5 to end here|now / lets just? end it|this|things here / let us just? end it|this|things here"},
	// "this is spam and I'm reporting it"
	{Name: "report spam", Pattern: "spam ~4 reporting|report|reported it|this|them / spam | ~3 reporting|report|reported it|this|them"},
	// "this is the last text I want from you", "how do I get off it",
	// "now forget mine"
	{Name: "last text", Pattern: "last text|message i want|need / last text|message you send me / be the last text|message i get|receive"},
	// "le agradecería que este fuera el último mensaje que recibo de
	// ustedes", "que sea el último texto"
	{Name: "last text", Pattern: "ultimo mensaje|texto que recibo|reciba|recibire de ustedes|ti|usted|su"},
	{Name: "get off it", Pattern: "how do|can i|we get off of? it|this|that|here"},
	{Name: "forget number", Pattern: "forget|lose mine"},
	{Name: "es stop sending", Pattern: "ya estuvo|basta|suficiente con|de ~2 los|tus|sus|estos? mensajes|mensajitos|textos / basta|suficiente de ~2 los|tus|sus|estos? mensajes|mensajitos|textos"},
	// "Do not text, do not call, do not email. Done." (a whole clause)
	// ("dont" is one token: "do not" and "dont" are separate patterns)
	{Name: "dont contact bare", Pattern: "do not|never text|message|contact|sms / dont text|message|contact|sms"},
	// "Pls remove from SMS outreach", "remove from your list"
	{Name: "remove me", Pattern: "@removev from ~3 @list|sms|texts|messages|outreach|cadence|campaign|campaigns|texting"},
	// a work line closed to sales (blind76, stop 73): "This is my work
	// cell, the charge nurse line. Sales stuff can't come to it, period."
	{Name: "no sales here", Pattern: "sales|marketing|promotional|promo|advertising stuff|texts|messages|calls|offers ~1 cant|shouldnt|dont come|go to this|it|here|my / no sales|marketing|promotional|promo stuff|texts|messages|calls on|to this line|number|phone|cell"},
	// relayed for the one whose phone this is (blind75, stop 73): "My
	// husband Ray says quit sending him house offers on this phone", "he
	// wants nothing more from your company on his cell"; and "I'd like to
	// go back to not hearing from one"
	{Name: "relayed stop", Pattern: "@stopv sending|texting|messaging|contacting him|her|them ~4 on|to this phone|number|cell|line / wants|want nothing more|else|further from you|your|yall company|business|people|guys|folks|on|at / wants|want nothing more|else|further from you|yall | / go back to not hearing|getting from you|yall|one|any|your"},
	// "no need to check back in with us"
	{Name: "dont contact me", Pattern: "no need to check|follow back? in|up / no need to keep checking|following|reaching in|up|out"},
	// "gary had this number before me", "didn't I already reply stop"
	{Name: "wrong number", Pattern: "had this number before me|us / used to have this number before me|us"},
	{Name: "asked before", Pattern: "already ~1 reply|replied|say|said|text|texted|type|typed|send|sent ~2 @stopkw"},
	{Name: "threat", Pattern: "@contactv|@callv me|us ~1 again |? and|or ~4 @threat"},
	// a report of an earlier request: "we begged you to quit twice",
	// "typed STOP on friday", "opted out in the spring"
	{Name: "asked before", Pattern: "@reported ~5 @stopkw"},
	// "didn't I reply STOP to you people already?"
	{Name: "asked before, asking", Pattern: "didnt i|we ~1 reply|text|send|say|type ~2 @stopkw / did i|we not ~1 reply|text|send|say|type ~2 @stopkw"},
	{Name: "asked before", Pattern: "@reported ~5 to be|get removed|deleted|taken"},
	// "we both asked to be left out of this"
	{Name: "asked before", Pattern: "@reported ~5 to be|get left alone|out"},
	// the request told in the lead's words of then (blind80, after its
	// measurement): "already told the other girl we wanted off", "I told
	// y'all we want off your list" (not "told my boss I wanted off
	// friday")
	{Name: "wanted off", Pattern: "@reported ~5 i|we wanted|want|wanna off"},
	// a whole office or household asked off before (blind71, stop 71):
	// "I already asked your people back in March to take the whole
	// office off"
	// (the lead the one who asked: see phraseRules)
	{Name: "asked whole off", Pattern: "@reported ~6 to take|get|put the|our whole|entire office|business|company|shop|household|family off"},
	{Name: "asked before", Pattern: "unsubscribed / opted out"},
	// dev337 (stop 55): the unsubscribe link used, "I already hit the
	// little link to get off this thing last week", "tapped the opt out"
	{Name: "asked before", Pattern: "hit|clicked|click|pressed|tapped|used ~3 link|button ~3 to get off / hit|clicked|click|pressed|tapped|used ~3 link|button ~3 to unsubscribe / hit|clicked|click|pressed|tapped|used ~3 link|button ~3 to opt out"},
	{Name: "used unsubscribe link", Pattern: "hit|clicked|pressed|tapped|used the|that|your unsubscribe link|button / hit|clicked|pressed|tapped|used the|that|your opt out link|button"},
	// "my wife opted us out in the spring"
	{Name: "opted us out", Pattern: "opted me|us out"},
	// "I replied with the keyword already", "sent your keyword twice and
	// they still come"
	{Name: "keyword sent", Pattern: "replied|sent|typed|texted|answered|responded the|your ~2 word|keyword ~12 still getting|receiving|coming / replied|sent|typed|texted|answered|responded with? the|your keyword ~6 already|twice|still|again|ago|didnt|process|processed"},
	{Name: "asked before", Pattern: "how many times ~7 @stopkw"},
	// the keyword named by a word for it, and the texts still coming:
	// "i texted the word you guys want ... still getting stuff",
	// "contesté con la palabrita esa y siguen mandando", "already did the
	// reply thing and you're still here", "how many times do I have to
	// reply with the word y'all told me to reply with?"
	{Name: "keyword named sent", Pattern: "replied|sent|typed|texted|answered|responded|conteste|contestamos|mande|escribi|puse ~3 the|that|your|la|esa magic? word|keyword|palabrita|palabra"},
	{Name: "keyword named sent", Pattern: "did|done|hice ~6 reply|replying|word thing"},
	{Name: "how many times keyword", Pattern: "how many times ~9 reply|text|type|send ~3 the|that|your word|keyword"},
	// "I replied cancel a month ago", "texted END twice": a reply word
	// that may also cancel a visit, sent as a reply
	{Name: "asked before", Pattern: "replied|texted|typed|sent|answered|responded cancel|end|quit|cancelar"},
	// "did you not get my STOP yesterday?", "y'all ignored my STOP"
	// (not "ignore my STOP earlier, my kid grabbed my phone", nor "the
	// last company ignored my STOP texts")
	{Name: "asked before, asking", Pattern: "you|yall|guys ~2 get|got|receive|received|see|saw|read|ignored|ignoring my stop|unsubscribe|stopall|baja|alto"},
	// the same requests in Spanish, Portuguese, French, German and Italian
	// (accents folded): "dejen de llamarme", "no más textos",
	// "cessez de m'appeler", "keine Anrufe mehr", "smettila di chiamarmi"
	{Name: "foreign", Pattern: "dejen|deja|dejar|deje|dejes|dejad|dejeis|parem|pare|parar|paren|parad|pareis|para de me|nos? escrib*|envi*|mand*|llam*|contact*|molest*|text*|escrev*|lig*|contat*"},
	{Name: "foreign", Pattern: "no|nao me|nos @fcontactv"},
	// a wish in the past subjunctive (stop 70, training writer w90):
	// "quisiera que dejaran de llamarme", "me gustaría que dejaran de
	// escribirme"; only after a wish, as "le dije que dejaran de llamarme"
	// reports what the lead told someone else
	{Name: "foreign", Pattern: "quisiera|quisieramos|gustaria|agradeceria|agradeceriamos|encantaria|pediria|preferiria que ya? dejaran|dejara|dejasen|dejase|pararan|parasen de me|nos? escrib*|envi*|mand*|llam*|contact*|molest*|text*"},
	// "No me estén escribiendo", "no nos anden llamando"
	{Name: "foreign", Pattern: "no me|nos esten|estes|anden|andes escribiendo|mandando|enviando|llamando|marcando|textiando|texteando|molestando"},
	// "quiero dejar de recibir los textos", "quero deixar de receber as
	// mensagens": the wish said, since "dejé de recibir los mensajes"
	// (accent dropped: "deje") tells that they stopped arriving
	{Name: "foreign", Pattern: "no|nao mas|mais @fcontactn|@contactn / no|nao @adv? quiero|deseo|quero ~2 recibir|receber ~3 @fcontactn / quiero|quisiera|deseo|queremos|quero|gostaria ~1 dejar|deixar de recibir|receber ~3 @fcontactn|@contactn"},
	{Name: "foreign", Pattern: "darme|darnos|dar|denme|dame|deme|dadme|dadnos|quiero|deseo|doy|damos|da|dan|deis ~2 de baja"},
	// "quiero cancelar la suscripción al boletín", "ya no quiero el
	// boletín", "el enlace para cancelar los correos de promociones"
	{Name: "foreign", Pattern: "cancelar|anular|terminar|cancelo|cancela ~3 suscripcion|boletin|boletines|newsletter|newsletters|@fcontactn / ya no quiero ~2 el|los|las|la? boletin|boletines|newsletter|newsletters|promos|publicidad|@fcontactn"},
	// "how do i turn off these 'your cart is waiting' texts", "disable
	// the alerts"
	{Name: "turn off", Pattern: "turn|shut|switch off ~2 @contactn|alerts|notifications|reminders|newsletter / disable|mute|kill ~3 @contactn|alerts|notifications|reminders"},
	// "no quiero recibir más ofertas por mensaje": offers, when they come
	// as messages
	{Name: "es offers", Pattern: "no quiero|deseo|queremos recibir ~2 ofertas|promos|recordatorios|anuncios"},
	// "ya no me los manden", "no me los manden más": the messages, when
	// nothing else is named for "los" (checked in phraseRules)
	{Name: "es dont send them", Pattern: "no me|nos los|las manden|mandes|mande|envien|envies|envie / no me|nos los|las sigan mandando|enviando"},
	// "ver sus mensajes, ya no quiero recibirlos" (the messages named
	// before: checked in phraseRules)
	{Name: "es dont want them", Pattern: "ya no quiero|queremos recibirlos|recibirlas"},
	// "no se moleste en mandar más offers", "no se molesten en seguir
	// escribiendo": more of them, or going on (not "no se moleste en
	// mandar el técnico")
	{Name: "es dont bother", Pattern: "no se|te moleste|molesten|molestes en mandar|mandarme|enviar|enviarme|escribir|escribirme|textear|textearme ~1 mas @fcontactn|offers|texts|ofertas / no se|te moleste|molesten|molestes en seguir|seguirme ~1 escribiendo|mandando|enviando|textiando|texteando|molestando|contactando"},
	// "my mom's number got put on your list by mistake, she wants it taken off"
	{Name: "taken off", Pattern: "want|wants|like|need|needs it|her|him|them|that|this|his|their ~1 number? taken|removed off|from|out?"},
	// Caribbean "bota mi número" ("throw my number away")
	{Name: "foreign", Pattern: "borra|borren|borrar|elimina|eliminen|eliminar|quita|quiten|quitar|saquen|sacar|retiren|bota|boten|botar ~3 numero|lista"},
	// vosotros and formal requests: "que borréis mi teléfono", "favor de
	// no escribirnos más", "ya déjenme en paz"
	// "quisiera salirme de su lista", "cancelen ya los textos", "suéltame
	// ya", "suelten mi número"
	// how to leave, asked in Spanish (blind65, studied after its two
	// measurements, stop 69): "¿cómo dejo de recibir sus correos?",
	// "¿cómo hago para salirme del newsletter?", "vos, ¿cómo me saco del
	// boletín?"
	{Name: "foreign", Pattern: "como|donde|puedo ~2 dejo|dejar de recibir ~3 @fcontactn|newsletter|boletin|catalogo|catalogos / salir|salirme|sacarme|saco del|de newsletter|boletin|mailing / me saco|salgo de la|su|esta|esa lista"},
	// how to turn them off, asked in Spanish (blind69, stop 71): "los
	// surveys que mandan, ¿cómo los apago?" (the messages named before
	// the pronoun: see phraseRules), "¿dónde desactivo las
	// notificaciones?"
	{Name: "es turn them off", Pattern: "como|donde los|las apago|desactivo|quito / como|donde apago|desactivo ~2 @fcontactn|@contactn"},
	{Name: "foreign", Pattern: "salir|salirme|salgo|sacarme|sacarnos|saquenme|saquenos|saqueme de la|su|sus|esta lista|listas / cancelen|cancele|cancelenme|cancelame ~2 los|las|sus? @fcontactn / sueltame|suelteme|sueltenme / suelta|suelten|suelte el|mi numero|telefono"},
	// "ni por mensaje ni por llamada", "no quiero nada con ustedes",
	// "borren my info", "déjenlo en paz"
	{Name: "es neither channel", Pattern: "ni por mensaje|mensajes|texto|textos|whatsapp ni por llamada|llamadas|telefono / ni por llamada|llamadas|telefono ni por mensaje|mensajes|texto|textos|whatsapp"},
	{Name: "es nothing with you", Pattern: "no quiero|queremos nada con ustedes|usted / no quiero|queremos nada que ver con ustedes|usted"},
	{Name: "foreign", Pattern: "borren|borre|eliminen|elimine ~2 my|mi|mis info|informacion|datos"},
	{Name: "es let him be", Pattern: "dejenlo|dejenla|dejalo|dejala|dejenlos en paz / ya lo|la|los|las dejen|deje en paz"},
	{Name: "foreign", Pattern: "no requiero|necesito|quiero|deseo mas seguimiento|mensajes|contacto / no requerimos|necesitamos|queremos mas seguimiento"},
	// (stop 71, blind70: "no queremos más contacto"; not "no necesitamos
	// más contacto con el inquilino": see phraseRules)
	{Name: "es no more contact", Pattern: "no requerimos|necesitamos|queremos|deseamos mas contacto|mensajes|llamadas"},
	{Name: "foreign", Pattern: "borreis|borrad|elimineis|eliminad|quiteis|quitad ~3 numero|lista|telefono|movil / favor de no ~1 escribir*|contactar*|llamar*|mandar*|enviar*|textear*|molestar* / dejenme|dejeme|dejame|dejennos|dejadme|dejadnos en paz / dejenme|dejeme|dejame|dejennos|dejadme|dejadnos tranquila|tranquilo|tranquilos|tranquilas / dejenme|dejeme|dejennos vivir |"},
	// (stop 71, blind70: "que me dejen tranquila de una vez"; not "para
	// que me dejen en paz los cobradores": see phraseRules)
	{Name: "es let me be", Pattern: "que me|nos dejen|deje tranquila|tranquilo|tranquilos|tranquilas / que me|nos dejen|deje en paz"},
	// Spanish by class: removal ("quitenme de la lista", "retire mi numero
	// de su base de datos"), "no me vuelvan a escribir", "ya no quiero
	// (que me escriban | mas mensajes)", polite preferences ("prefiero no
	// recibir mas mensajes"), stopping the sending ("suspenda el envio",
	// "abstengase de enviarme"), a wrong number or person, complaints and
	// threats ("los voy a reportar", "pondre una queja"), and reports of an
	// earlier request ("ya pedi que me dieran de baja")
	{Name: "es remove me", Pattern: "@esremove"},
	// "bájame de la lista please" ("bájame el precio" lowers a price)
	{Name: "es remove me", Pattern: "bajame|bajeme|bajenme|bajarme|bajanos|bajenos de la|su|tu|sus|esa|esta lista|listas|base"},
	{Name: "es remove me", Pattern: "@esremovev ~3 @eslist"},
	{Name: "es remove me", Pattern: "que me|nos @esremovev|quitaran|borraran|eliminaran|sacaran|dieran|den"},
	{Name: "es dont contact again", Pattern: "no me|nos|lo? @esagain a ~1 escrib*|contact*|mand*|llam*|molest*|envi*|text*|usar|usarlo|hablar|buscar"},
	// "no vuelvan a comunicarse conmigo", "no se vuelvan a comunicar con
	// nosotros" (blind77, stop 74)
	{Name: "es dont contact again", Pattern: "no se? @esagain a comunicar|comunicarse conmigo / no se? @esagain a comunicar|comunicarse con nosotros|nosotras"},
	// a polite conditional, the list or form named before: "I'd
	// appreciate it si me sacan de ahí", "le agradecería si me quitan de
	// la lista" (blind77, stop 74)
	{Name: "es remove me", Pattern: "appreciate|agradeceria|agradeceriamos|agradezco ~3 si me|nos sacan|quitan|borran|eliminan|bajan de ahi|alli|ahi|la|su|sus|esa|esta"},
	{Name: "es dont contact again", Pattern: "no ~1 @fcontactv|enviar|escribir|mandar|contactar|llamar|textear|usar|molestar|escribirme|contactarme|enviarme|mandarme ~1 mas|nada|nunca|ya|porfa|por|de"},
	{Name: "es dont want messages", Pattern: "no|ni quiero|deseo|necesito|queremos ~2 que? me|nos? ~1 sigan? ~1 escriban|contacten|manden|envien|llamen|molesten|textee*|escribiendo|contactando|mandando"},
	// the sender named as the subject, in the singular (blind70, stop
	// 71): "no quiero que esta compañía me contacte más"
	// (the subject checked in phraseRules)
	{Name: "es dont want them to", Pattern: "no|ni quiero|deseo|queremos que ~3 me|nos contacte|contacten|escriba|escriban|llame|llamen|mande|manden|moleste|molesten|envie|envien mas|nunca"},
	// for someone else: "mi esposo dice que no quiere que le sigan textiando"
	{Name: "es dont want messages", Pattern: "no quiere|quieren que ~1 le|les|lo|la ~1 sigan? ~1 escribiendo|textiando|texteando|mandando|llamando|contactando|escriban|manden|llamen|contacten|molesten|busquen|envien|texteen"},
	// the phone's other user: "este teléfono es de mi esposa, ella no
	// quiere mensajes"
	{Name: "es dont want messages", Pattern: "ella|el|ellos ya? no quiere|quieren ~1 mas? mensaje|mensajes|textos|mensajitos | / ella|el|ellos ya? no quiere|quieren ~1 mas? mensaje|mensajes|textos|mensajitos de ustedes|su|esta|esa"},
	// ("no quiero más encuestas de satisfacción", w86, stop 69)
	{Name: "es dont want messages", Pattern: "no quiero|deseo|queremos ~2 mas? mensajes|textos|sms|llamadas|correos|texts|messages|mensaje|mensajitos|encuestas|invitaciones|notificaciones / no quiero|deseo|queremos mas? recados de ustedes|su"},
	{Name: "es dont want messages", Pattern: "no deseo|quiero|queremos ~1 seguir|sigan ~1 recib*|contact*|escrib*|mand*"},
	{Name: "es prefer not", Pattern: "prefiero|preferiria|preferimos|agradeceria|agradeceriamos ~2 no|que ~3 recibir|contact*|escrib*|mensaj*|volv*|envi*|mand*|dejara|eliminara|borrara|retirara|quitara|sacara"},
	// "prefiero que esta vaina no me llegue más al celular" (blind60,
	// stop 67): the messages the subject, not the sender
	{Name: "es prefer not", Pattern: "prefiero|preferimos|preferiria que esto|esta|estas|estos|eso|esa|esos|esas|sus|los|las vaina|vainas|mensajes|mensajitos|textos|texts|promos|ofertas|cosas? ya? no me|nos llegue|lleguen|llegaran|llegara / prefiero|preferimos|preferiria que ya? no me|nos llegue|lleguen|llegaran|llegara mas|nada |"},
	// "prefiero no seguir recibiendo esta información" (not "la póliza
	// en papel": a way of getting a document)
	{Name: "es prefer not", Pattern: "prefiero|preferimos|preferiria no seguir recibiendo|recibir esta|estos|estas|sus|mas|los|las? informacion|mensajes|textos|mensajitos|promociones|ofertas|esto|nada"},
	{Name: "es stop sending", Pattern: "suspenda|suspendan|suspender|suspenderlos|cesen|cese|cesar|abstengase|abstenganse ~4 mensajes|envio|envios|contacto|enviar|enviarme|textos|suspenderlos|de / abstengan|abstenga|abstengais|absteneos de ~2 enviar*|mandar*|escribir*|contactar*|llamar*|textear*|mensajes|textos|comunicaciones"},
	{Name: "es stop sending", Pattern: "parenle|parale|parenla|paren|pare|deja|dejen|dejenle ~1 con|de ~2 mensajes|texts|textos|mensajitos|eso"},
	// "paren los mensajes", "basta de llamadas de ventas", "paren los
	// recordatorios del carrito" (w86, stop 69) ("para" alone is "for";
	// "me basta con los mensajes" is "messages are enough")
	{Name: "es stop sending", Pattern: "paren|parenle ya? los|las|sus|esos|esas|estos|estas @kindn? @fcontactn|@contactn|recordatorios / basta|suficiente de ~2 @fcontactn"},
	{Name: "es wrong number", Pattern: "numero|persona|telefono equivocado|equivocada|incorrecto|erroneo / equivocaron|equivoco|equivocaste|equivocado|equivocada|equivocados de ~1 numero|persona"},
	{Name: "es wrong number", Pattern: "aqui no vive|viven / no soy ~1 la|el|esa|ese senor|senora|senorita|persona / no es el numero|telefono|celular de|del / no conozco a ~2 esa|ese|ningun|ninguna / no conozco a nadie con|llamado|llamada / no conozco a nadie que se llame"},
	{Name: "es complaint", Pattern: "los|las|les|lo voy|vamos a ~1 reportar|denunciar|demandar|bloquear / voy|vamos a reportarlos|denunciarlos|demandarlos|bloquearlos|reportarlas"},
	{Name: "es complaint", Pattern: "los|las|os reporto|bloqueo|demando|denuncio|reportare|demandare|denunciare|bloqueare / esto es spam|acoso / reportar|reportare|reporte|reportado ~3 spam|numero|number|fcc"},
	// done already: "puro spam, ya los reporté", "ya los bloqueé"
	{Name: "es complaint", Pattern: "los|las|os reporte|bloquee|denuncie"},
	{Name: "es complaint", Pattern: "poner|presentar|presentare|pondre|pongo ~2 queja|denuncia|demanda|querella / de no llamar"},
	{Name: "es complaint", Pattern: "llamar|llamare|llamo|hablar|hablare|hablo|contactar|contactare|avisar|avisare|aviso|acudir|acudire a|con ~1 mi|un|una|su abogado|abogada|lawyer|attorney"},
	{Name: "es asked before", Pattern: "@esreported ~10 baja|alto|stop|quitaran|borraran|eliminaran|sacaran|dejaran|escribieran|contactaran|volvieran|mandaran|llamaran|textearan|marcaran|molestaran|escribieras|mandaras|llamaras|textearas|marcaras|molestaras|contactaras"},
	{Name: "es asked before", Pattern: "me|nos di|dieron|dieran|habian|habia|han ~1 dado? de baja / numero ~4 borrado|eliminado|removido|retirado"},
	{Name: "foreign", Pattern: "arretez|arrete|arreter|cessez|cesser ~1 de ~2 menvoy*|envoy*|mecri*|ecri*|mappel*|appel*|contact*|mecontact*|harcel*|meharcel*"},
	{Name: "foreign", Pattern: "ne ~1 @fcontactv ~1 plus / ne plus ~1 @fcontactv / plus de @fcontactn / desabonn*|desinscri*"},
	{Name: "foreign", Pattern: "nicht mehr ~2 @fcontactv / @fcontactv ~3 nicht mehr / keine ~2 @fcontactn / aufhor* / hor|horen|hort ~2 auf / abmeld*|abbestell*"},
	{Name: "foreign", Pattern: "smettete|smetti|smettila|smettere di ~2 @fcontactv|scriv*|mand*|invia*|chiam*|contatt*"},
	// Haitian Kreyòl: "sispann voye m tèks", "pa voye m mesaj ankò",
	// "retire nimewo m", "kite m anpè"
	{Name: "foreign", Pattern: "sispann ~1 voye|ekri|rele|tekste|deranje / pa ~1 voye|ekri|rele|tekste m|mwen|nou ~3 anko / retire|efase|wete ~2 nimewo / kite m|mwen|nou anpe|trankil"},
	// "do not send sales texts to this number": the line named
	{Name: "dont send", Pattern: "dont|never @adv? send ~2 @more @contactn / dont|never @adv? send ~2 @contactn to this|my|our number|phone|cell|line / do not @adv? send ~2 @contactn to this|my|our number|phone|cell|line"},
	// "please don't send any more, thank you": nothing after it but politeness
	{Name: "dont send more", Pattern: "dont|never @adv? send me|us? any more / dont|never @adv? send me|us? anymore"},
	// "u guys text me every day, make it stop": with messages named
	{Name: "make it stop", Pattern: "make it|them|this stop"},
	{Name: "dont call again", Pattern: "dont|never @adv? @callv ~3 again|anymore|ever / dont|never @adv? @callv ~3 otra vez"},
	// (a word of kind between: "no more sales calls", "no more promo texts")
	// (Spanglish: "no more llamadas de ventas please")
	{Name: "no more messages", Pattern: "no|zero @more @kindn? @contactn|@fcontactn / zero @contactn"},
	{Name: "done with messages", Pattern: "done with ~2 these|your|the|all @contactn"},
	{Name: "number gone", Pattern: "my|this number|cell|phone ~1 gone|deleted|removed|erased|wiped"},
	{Name: "no more", Pattern: "no more / no mas"}, // only as a whole clause; checked in acceptPhrase
	// learner English: "no more send", "no more sending me", "no more
	// texting to this phone" (the verb where a noun would go)
	{Name: "no more send", Pattern: "no more send|sending|texting|messaging"},
	// learner English: the contact itself ended, closed or finished:
	// "finish all contact with us", "close all message to us",
	// "terminate communication with me"
	{Name: "close contact", Pattern: "finish|terminate|close|cut|end ~2 @contactn with|to me|us"},
	// "make sure I never get another one of these", "let this be the last
	// one", "pls ghost me", "pull me from your cadence", "I said yes to
	// texts... I'm taking that back"
	{Name: "never another", Pattern: "never get|receive|see ~1 another ~2 one|text|message|of|these / never get|receive|see ~1 one more"},
	// dev320 (stop 54), office English: "please let this be the final
	// installment of this series"
	{Name: "never another", Pattern: "let|make this|it be the last|final ~1 one|text|message|time|installment|episode|round|reminder|email|ping|nudge / make this|it the last|final ~1 text|message|installment|episode|reminder|ping|nudge"},
	// "I'd take it kindly if this was the last one of these"
	{Name: "never another", Pattern: "kindly|appreciate|appreciated|grateful|thankful if this was|is|were the last ~1 one|text|message / kindly|appreciate|appreciated|grateful|thankful if this could be the last ~1 one|text|message"},
	{Name: "go away", Pattern: "ghost me|us"},
	{Name: "remove me", Pattern: "pull|yank|drop|take me|us ~1 out? of|from ~2 @list|it|this|these|your|ur|cadence|sequence|campaign|campaigns|automation|whatever"},
	// the phone's user, for whom the one answering speaks: "mi dad no
	// quiere esto. take him off"
	{Name: "take them off", Pattern: "take|get him|her off|out"},
	{Name: "revoke consent", Pattern: "taking|take it|that back"},
	// Spanish: "que ya no me llegue nada", "fuera de mi cel", "suelten mi
	// número", "no joroben más", "stp mandando msgs", "uno más y se lo
	// paso a mi abogado"
	{Name: "es dont contact again", Pattern: "ya no me|nos llegue|lleguen|llegaran|llegara ~2 nada|mensajes|mas|textos|estos|estas / fuera de mi cel|celular|numero|telefono / suelten|suelte|suelta|larguen mi|este numero|cel|celular / no joroben|jodan|fastidien|molesten ~1 mas"},
	{Name: "es dont contact again", Pattern: "stop|stp|paren|pare|para mandando|enviando|escribiendo|texteando ~2 mensajes|messages|textos|texts|mas"},
	{Name: "threat", Pattern: "uno|una|un|otro|otra ~1 mas ~1 y ~6 @threat / uno|una|un|otro|otra ~1 mas ~1 y ~6 fiscal general"},
	{Name: "threat", Pattern: "si me|nos llega|llegan|mandan|manda|escriben|escribe otro|otra|uno|una|otros|mas @fcontactn|text|le|les|se|y|voy|los|lo|me ~6 @threat"},
	// "si me llega otro text de ustedes, mi lawyer se va a encargar"
	{Name: "threat", Pattern: "si me|nos llega|llegan otro|otra|otros text|texto|mensaje|mensajes de ustedes|uds |? ~4 @threat"},
	// "voy a llamar al attorney general si esto sigue", "continue and I
	// will file a complaint with the Better Business Bureau", "keep
	// texting me and you can explain yourself to him"
	{Name: "threat", Pattern: "voy|vamos|ire a ~4 @threat ~6 si esto|eso sigue|continua|siguen"},
	{Name: "threat", Pattern: "continue|continua and|y i|ill|we|well|voy ~2 file|report|sue|call|complain|contact|denuncio|demando|llamo ~5 @threat"},
	{Name: "threat", Pattern: "keep texting|messaging|calling me|us and ~6 explain yourself|yourselves to him|them / keep texting|messaging|calling me|us and ~6 explain yourself|yourselves to my|a|the lawyer|attorney|judge"},
	// "hasta aquí nomás con los textos", "pierdan mi número", "just block
	// me on your end", "le ruego no utilizarlo para ofertas"
	{Name: "es dont contact again", Pattern: "hasta aqui nomas? con los|las|sus @fcontactn"},
	{Name: "es remove me", Pattern: "perde|pierdan|pierda|pierde mi|este|ese numero"},
	{Name: "block me", Pattern: "block|blacklist me|us|this number on your end|side"},
	// "please do not write more to this number", "kindly purge it from
	// your CRM", "the decedent's number should be purged from your
	// records", "I want nothing from this company on my phone", "pull me
	// off la lista", "no me rompan más las bolas con los mensajitos"
	{Name: "dont contact me", Pattern: "dont|not write|text|message more|anymore to this|my number|phone|cell"},
	{Name: "remove me", Pattern: "purge|scrub it|this|that ~1 from your crm|system|records|database|contacts / delete|erase|remove this|my number|cell|phone|line|contact from your crm|system|records|database|contacts / number|cell|phone|line should|must be purged|deleted|erased|scrubbed|removed from your"},
	{Name: "dont contact me", Pattern: "want nothing from this|your company|outfit|business|firm / pull|yank me|us off la|the|your|this ~1 list|lista|texts|thread"},
	{Name: "es dont contact again", Pattern: "no me|nos rompan|jodan|molesten|friegues|frieguen mas ~4 con los|las|sus @fcontactn"},
	{Name: "es dont contact again", Pattern: "ruego|pido|agradezco|agradeceria ~2 no utilizarlo|usarlo para / ruego|pido|agradezco|agradeceria ~2 no utilizar|usar este|mi|ese numero|telefono|celular / ruego|pido|agradezco|agradeceria ~2 no contactarme|escribirme mas"},
	// dev320 (stop 54): "si llega otro text de ustedes, she's calling el
	// abogado"
	{Name: "threat", Pattern: "si llega|llegan|viene|vienen|recibo|recibimos otro|otra|otros|otras|uno|una|mas ~1 text|texto|mensaje|message|textos|mensajes ~8 @threat / si llega|llegan|viene|vienen|recibo|recibimos otro|otra|otros|otras|uno|una|mas ~1 text|texto|mensaje|message|textos|mensajes ~3 | ~6 @threat"},
	// "el próximo mensaje se lo reenvío a mi abogado", "next text y se lo
	// mando a mi lawyer"
	{Name: "threat", Pattern: "next|proximo|siguiente text|message|mensaje|texto|sms ~7 @threat"},
	// "Anything else you send goes straight to my lawyer", "cualquier
	// mensaje más se lo reenvío a ella" (the lawyer named before it: see
	// phraseRules)
	{Name: "forwarded to lawyer", Pattern: "anything|everything else|more you|yall send|text ~3 goes|go|gets|will|gonna|im / any|every more|other|further text|texts|message|messages ~3 goes|go|gets|will|gonna / cualquier|todo|otro mensaje|texto|sms ~2 se lo|los? reenvio|mando|paso|envio|reenviare|mandare|pasare"},
	// "Next one goes to the Georgia AG", "el próximo va directo a
	// Profeco": an authority or a report, not "next one goes to my
	// lawyer to look over"
	{Name: "threat", Pattern: "next one goes|gets|is ~5 ag|ags|fcc|ftc|bbb|reported|complaint|police|authorities / next one goes|gets|is ~5 attorney general / next one goes|gets|is ~3 report|complaint to|with / proximo|siguiente uno? va|se ~5 profeco|fcc|ftc|bbb|policia|reportado|denunciado"},
	{Name: "any more messages", Pattern: "any|anymore @more? @contactn / any more of these|those|them|your|this"},
	{Name: "no consent", Pattern: "never|didnt gave|give|signed ~3 permission|consent / did not gave|give|signed ~3 permission|consent / no permission|consent"},
	// more requests in other words, from a writer's set (w8): "i'd like to
	// not be on whatever list this is", "i'm going to pass on the texts",
	// "i'd rather you didn't text me", "i do not want to hear from you",
	// "wasn't i removed?", "take it off whatever list you bought", a
	// business line, a report to the BBB
	{Name: "off your list", Pattern: "not be|stay on ~3 @list / take|get it|this|that off ~3 @list"},
	// "ur texts keep coming about her mortgage thing. can u just not"
	{Name: "just not", Pattern: "can|could you|yall just not"},
	{Name: "pass on", Pattern: "pass on ~2 the|these|your|any @contactn"},
	{Name: "dont contact me", Pattern: "rather you didnt|not @contactv|@callv me|us|this|anymore / dont|not|never want|wish ~1 to? hear from you|yall|your"},
	{Name: "was removed", Pattern: "wasnt|werent i|we ~2 removed|unsubscribed / should|shouldve|shouldnt|supposed ~3 been|be removed|taken|took|unsubscribed"},
	{Name: "wrong number", Pattern: "this is a|an|the ~1 church|office|business|work|company line|number|phone"},
	// "this is a company-issued device", "county-owned phone"
	{Name: "work line", Pattern: "this|it is a|an ~1 company|work|county|state|government|employer issued|provided|owned phone|device|cell|line|number"},
	// ("sent my husband your BBB page" sends no report: "to" the BBB)
	{Name: "report spam", Pattern: "sent|sending|forwarded ~4 to the? bbb|fcc|ftc|profeco / reported|reporting ~4 bbb|fcc|ftc|profeco"},
	// "screenshotted and sent to the DFPI", "forwarded these to the CFPB"
	{Name: "report spam", Pattern: "sent|forwarded to the? cfpb|dfpi|regulators / sent|sending|forwarded|forwarding it|this|these|them|your ~2 to the? cfpb|dfpi|ag|regulators / sent|forwarded all of it|this|them|these to the? cfpb|dfpi|ag|regulators"},
	// Spanish: no consent, "no quiero saber nada de ustedes", reports,
	// "dijo que me iba a quitar", "este numero ya es mio", "no escribir."
	{Name: "es complaint", Pattern: "nunca|no di|dimos|autorice ~2 consentimiento|permiso|autorizacion / sin mi consentimiento|permiso|autorizacion / reportando|reportandolos|reportado|reportada|reporte ~3 spam|basura|acoso / bloqueado|bloqueada y reportado|reportada"},
	{Name: "es dont want messages", Pattern: "no|tampoco quiero|queremos saber nada de ~1 ustedes|usted|ti|su|sus|esta|uds|ustede / no|tampoco quiero|queremos saber nada mas de ~1 ustedes|usted|ti|ustede|uds / no|tampoco quiero|queremos saber mas de ~1 ustedes|usted|ti|ustede|uds / no|tampoco quiere|quieren saber nada|mas de ~1 ustedes|usted|ustede|uds"},
	{Name: "es asked before", Pattern: "dijo|dijeron|quedo|quedaron que ~1 me|nos iba|iban a ~1 quitar|borrar|sacar|eliminar / dijo|dijeron|quedo|quedaron que ~2 iba|iban a ~1 dar de baja"},
	// "ya me habían prometido que me borraban y ahí siguen"
	{Name: "es promised removal", Pattern: "prometido|prometieron|prometio|dijeron|dijo que ~2 me|nos borraban|quitaban|sacaban|eliminaban|borrarian|quitarian|sacarian|eliminarian"},
	// dev39: "se supone que me iban a quitar de la lista", "no me sigan
	// escribiendo", "no quiero ser contactada", "ya me di de baja" (SMS
	// "m di d baja")
	{Name: "es promised removal", Pattern: "se supone que ~2 me|nos iban a ~1 quitar|sacar|borrar|eliminar|remove|dar"},
	{Name: "es keep writing", Pattern: "no me|nos siga|sigan|sigas ~1 escribiendo|mandando|enviando|textando|textiando|texteando|llamando|molestando|contactando"},
	{Name: "es keep writing", Pattern: "no quiero|queremos ser ~1 contactado|contactada|contactados|contactadas|molestado|molestada|llamado|llamada"},
	{Name: "es unsubscribed", Pattern: "di|dimos d|de baja"},
	// "ya me desuscribí y siguen llegando"
	{Name: "es unsubscribed", Pattern: "me|nos desuscribi|desuscribimos|desinscribi|desinscribimos"},
	// "ya paren con los mensajes", "para con los textos"
	{Name: "es stop with", Pattern: "para|paren|pare|parale|parenle ya? con ~1 los|las|tus|sus|estos|esos|tantos|tantas mensajes|textos|texts|mensajitos|llamadas|sms|spam|correos"},
	// "no gracias, y no insistan": closing a refusal, not "no insistan
	// con el precio"
	{Name: "es dont insist", Pattern: "no ~1 insistan|insista|insistas|insistir"},
	// "ya no quiero recibir más promociones"
	{Name: "es dont want messages", Pattern: "no quiero|deseo|queremos recibir ~1 mas|nada? ~2 informacion|info|promociones|publicidad|mensajes|textos|notificaciones|spam"},
	// "no deseamos recibir nada de ustedes", "no quiero recibir nada de
	// ustedes": nothing at all from the sender (not "nada más que la
	// cotización", an exclusion of the rule)
	{Name: "es dont want messages", Pattern: "no quiero|deseo|queremos recibir nada mas? de? esto|eso|estos|ustedes|usted|su|sus|uds / no quiero|deseo|queremos recibir nada mas? |"},
	// "¿qué hay que responder para que ya no nos manden nada?": how to make
	// the messages stop, asked as how to revoke
	{Name: "es how to stop", Pattern: "contestar|responder|poner|escribir|mandar|hacer|contesto|respondo|pongo|escribo|mando ~1 para que ya? no me|nos lleguen|sigan|manden|escriban"},
	// "I do mind actually", "I mind.": a refusal of the permission to write
	// that the sender asked for
	{Name: "i mind", Pattern: "i do mind / i mind"},
	// "what part of STOP don't you understand", "¿qué parte del BAJA no
	// entienden?"; a "no" so repeated refuses the offer, not the texts
	{Name: "what part of", Pattern: "what part of ~1 stop|unsubscribe|remove|quit ~4 understand|get|comprehend / que parte de|del ~1 stop|baja|basta|alto ~3 entienden|entiende|entiendes|entendieron|entendio|captan"},
	// "un mensaje más y procedemos", "otra llamada y los demando"
	{Name: "threat", Pattern: "un|una|otro|otra mensaje|texto|llamada|sms mas ~2 y ~3 procedemos|proceder|demando|demandamos|denuncio|denunciamos|reporto|reportamos|abogado|profeco|fcc"},
	// "quítenlo", "bórrenlo": remove it, where "it" is the number
	{Name: "es delete it", Pattern: "quitenlo|quitenla|borrenlo|borrenla|eliminenlo|eliminenla|saquenlo|saquenla|eliminadlo|borradlo|quitadlo"},
	{Name: "es wrong number", Pattern: "este|el numero ~1 ya|ahora es mio / ya no es de|del"},
	// "el número que tienen es de mi hija de 14 años"
	{Name: "es wrong number", Pattern: "el numero que tienen|tiene|tienes es de mi hija|hijo|esposa|esposo|mama|papa|abuela|abuelo|hermana|hermano|nieta|nieto"},
	// "este número es de mi oficina"
	{Name: "work line", Pattern: "este numero|telefono|celular es de mi oficina|trabajo|empresa"},
	// a reassigned number: "este celular es nuevo, era de otra persona",
	// "el dueño anterior de este número"
	{Name: "es new number", Pattern: "este numero|telefono|celular es nuevo / anterior dueno|duena de|del este numero|telefono|celular / dueno|duena anterior de|del este numero|telefono|celular / este numero|telefono|celular ~5 el|la anterior dueno|duena / este numero|telefono|celular ~5 el|la dueno|duena anterior"},
	{Name: "enough", Pattern: "enough ~2 @contactn"},
	{Name: "if you stopped", Pattern: "if you stopped|quit|stop ~1 @contacting"},
	{Name: "dont contact me", Pattern: "you not @adv? @contactv @adv? @me"},
	{Name: "delete it", Pattern: "@removev it|that|this"},
	{Name: "want to stop", Pattern: "@contactn|them|it|this|these to stop"},
	// "she's asking you to please stop, she works nights", "I'm begging
	// you to quit" (not "asking you to stop by"; "she told you to stop"
	// is a story, and "I asked you to stop" the rules of an earlier
	// request judge)
	{Name: "asking you to stop", Pattern: "asking|asks|begging|begs you all|guys? to please? stop|quit"},
	{Name: "take me off", Pattern: "take|get ~1 @myn ~1 @off"},
	// "Scratch me off.", "strike my name off your list"
	{Name: "take me off", Pattern: "scratch|strike|cross ~1 @myn ~1 off"},
	{Name: "take me off", Pattern: "take|get @det @myn ~1 @off"},
	{Name: "remove me", Pattern: "@removev @det? @myn"},
	// "please have me removed", "get us taken off"
	{Name: "remove me", Pattern: "have|get me|us removed|unsubscribed|deleted / have|get me|us taken off"},
	// "what do I have to do to never hear from you again?"
	{Name: "stop contacting", Pattern: "never hear|hearing from you|yall ~1 again / never hear|hearing from your company ~1 again / not hear|hearing from you|yall again"},
	{Name: "remove me", Pattern: "@removev @det? @contactn"},
	{Name: "off your list", Pattern: "@off of? your|the|all|any|this|these|that ~1 @list"},
	{Name: "be removed", Pattern: "be|get|being @passive"},
	// dev36: "Baja porfa, ya no me interesa", "I'd love to get off of
	// it", "don't use this number anymore, it's my work phone", "este
	// número es de mi papá, no le escriban más"
	{Name: "es baja please", Pattern: "baja|alto porfa|porfavor|xfa|please / baja|alto por favor"},
	{Name: "get off it", Pattern: "love|like|want|wanna to? get off of? it|this|that / love|like|want|wanna to? get out of it|this"},
	{Name: "dont use number", Pattern: "dont use this|my number|phone|cell|celular|numero / do not use this|my number|phone|cell|celular|numero"},
	{Name: "es dont write them", Pattern: "no le|les escriban|escribas|manden|mandes|llamen|llames|textees|marquen|contacten"},
	{Name: "leave me alone", Pattern: "leave me|us ~4 alone / leave me|us in peace / leave me|us be / leave him|her|them be | / leave him|her be please|porfa / leave my dad|mom|father|mother|husband|wife|grandma|grandpa|abuela|abuelo be"},
	// the phone or its user left alone: "leave this number alone",
	// "leave him alone, this is his number", "dejen en paz este número"
	{Name: "leave number alone", Pattern: "leave this|my|that|the number|phone|cell ~2 alone|be / leave him|her|them|my ~1 dad|mom|father|mother|grandma|grandpa|husband|wife? alone / dejen|deja|dejes|deje|dejar en paz ~2 numero|telefono|celular|me|nos|mama|papa|madre|padre / dejen|deja|deje|dejes|dejar ~2 a mi|mis ~1 mama|papa|madre|padre|abuela|abuelo|esposo|esposa en paz"},
	{Name: "go away", Pattern: "fuck|fk|f|fck|fuk|fuq|piss|bugger|buzz|back|sod|eff off"},
	{Name: "go away", Pattern: "go away"},
	{Name: "go away", Pattern: "get lost"},
	// dev45: "Take a hike. Not selling.", "save your texts too, goodbye",
	// "don't make me block you", "it would be best if you didn't contact
	// me again", "who gave you this number? I want it deleted"
	{Name: "go away", Pattern: "take a hike / get bent / shove off"},
	{Name: "save your texts", Pattern: "save your|yourself texts|messages|texting"},
	{Name: "block threat", Pattern: "dont make me block|report you|this|your / do not make me block|report you|this|your"},
	{Name: "if you stopped", Pattern: "if you|yall didnt|wouldnt|never @contactv|@callv / if you|yall did|would not @contactv|@callv / if youd not|never @contactv|@callv"},
	// dev48: "is there a way to just not get these?", "Texts are not
	// welcome.", "how do I get off the marketing emails"
	{Name: "not get these", Pattern: "way to ~2 not get|receive these|them|this|texts|messages|emails"},
	{Name: "not welcome", Pattern: "texts|messages|calls are not welcome / texts|messages|calls arent welcome"},
	{Name: "get off marketing", Pattern: "get|take me? off ~2 marketing|promo|promotional|sales emails|texts|list|messages|lists"},
	// dev51: "Company policy, no personal solicitations on it", "The
	// owner of this phone is deceased", "don't tie it up with sales
	// texts", "no need to text me going forward"
	{Name: "no solicitations", Pattern: "no ~2 solicitations|solicitation|solicitors|soliciting"},
	{Name: "owner deceased", Pattern: "owner ~4 deceased|passed|died / this|the phone|number ~4 deceased"},
	{Name: "dont tie up", Pattern: "dont|not tie ~2 up ~3 texts|messages|calls|sales|marketing"},
	{Name: "dont contact me", Pattern: "no need to @adv? @contactv|@callv ~3 going forward / no need to @adv? @contactv|@callv ~3 from now"},
	// "this is my work cell ... please don't use it"
	{Name: "dont use it", Pattern: "dont use it|this|that / do not use it|this|that / stop using it|this|that"},
	{Name: "delete number", Pattern: "want|need it|this|that deleted|erased|removed|gone"},
	{Name: "go away", Pattern: "lose this|my number"},
	{Name: "wrong number", Pattern: "wrong @wrongn"},
	{Name: "no longer", Pattern: "no longer ~3 receive|get|want|wish|contact|text|message|hear|be|send|sent|sending|mail|call|texted|contacted / no longer interested"},
	// a reassigned number: "i got this number six months ago"
	{Name: "wrong number", Pattern: "got|have|had this number ~3 ago|recently|since|months|weeks / new to this number"},
	// "this is a new number I got last spring"
	{Name: "wrong number", Pattern: "new number i|we got|have / this is a new number / i|we just got this number"},
	// a polite conditional: "if you could stop sending these that would
	// be great"
	{Name: "polite if", Pattern: "if you ~1 could|would|can ~1 @stopv @contacting|@contactn|these|them|this ~3 would|thank|thanks|appreciated|appreciate"},
	{Name: "dont want messages", Pattern: "dont|never want|wish|need ~4 @contactn|newsletter|newsletters|emails"},
	{Name: "dont want messages", Pattern: "do not want|wish|need ~4 @contactn|newsletter|newsletters|emails"},
	// "I'd rather not receive further texts if that's alright"
	{Name: "dont want messages", Pattern: "rather|prefer not ~1 to? receive|get|have|getting|receiving ~3 @contactn"},
	// blind59 (stop 66): "none of that's your business and I don't want
	// these coming to me no more"
	{Name: "dont want messages", Pattern: "dont|never want these|those|em coming to me|us no more / dont|never want these|those|em coming to me|us anymore / dont|never want these|those|em coming to this|my phone|number|cell|line / do not want these|those coming to me|us anymore / do not want these|those coming to this|my phone|number|cell|line"},
	// "ya me di de baja del correo y ahora esto. lo mismo va para los
	// textos": the same asked of the texts after another list was left
	{Name: "same for texts", Pattern: "lo mismo va|aplica? para|con los|tus|sus textos|mensajes|mensajitos|texts / same goes|applies? for|to|with the|your? texts|text|messages|sms / same for the|your? texts|text|messages|sms"},
	// "I'm not needing the monthly promo texts", "we don't want to keep
	// hearing about it"
	{Name: "dont want messages", Pattern: "his|her|the|my family|widow|wife|husband does not|dont want ~3 @contactn / not needing|wanting ~4 @contactn / dont|not want to keep hearing from you|yall|your / dont|not want to keep getting|receiving @contactn"},
	// "I'd ask that the texts end here", "I'd ask that you not send
	// anything else about it"
	{Name: "ask that", Pattern: "ask|request that the|these|your|all @contactn ~1 end|stop|cease / ask|request that you|yall not ~1 send|text|contact|message|call"},
	// polite disinterest in more contact: "not interested in receiving
	// more newsletters", "not interested in hearing from you anymore",
	// "no me interesa recibir más correos"
	{Name: "dont want messages", Pattern: "not interested in receiving|getting ~2 @contactn|newsletter|newsletters|emails / not interested in hearing from you|yall|your / no me interesa recibir ~2 @contactn|correos|mensajes|llamadas"},
	// (and the one email named: "stop getting the weekly deals email")
	{Name: "stop contacting", Pattern: "@stopv receiving|getting ~3 @contactn|newsletter|newsletters|emails|email|these|them"},
	// "never" as the answer to when: "the best time is never", "I'd like
	// you to never check in again", "ni la semana que viene ni nunca"
	{Name: "never", Pattern: "time is never / time would be never / how about never / the answer is never / la respuesta es nunca / ni ~5 ni nunca / nunca jamas / you|yall to never / never check|text|contact|message|write|reach|bother me|us|again|in|out"},
	// "ok bye. don't text back"
	{Name: "dont contact", Pattern: "dont text|message|write|reply back / do not text|message|write|reply back"},
	// email only, from now on: "email only going forward", "only email me
	// from now on", "solo por correo de ahora en adelante", "reach me by
	// email only please"; texts are no longer welcome
	{Name: "email only", Pattern: "email|correo|mail only|solamente to|al|a my|mi|the|el|la|his|her|our / email|correo|mail only|solamente ~2 going|moving|please|thanks / email|correo|mail only|solamente ~2 from now / email|correo|mail only|solamente ~2 de ahora / email|correo|mail only|solamente ~2 en adelante / email|correo|mail only|solamente ~2 por favor"},
	{Name: "email only", Pattern: "only|solo|solamente|just email|correo|mail me|us ~2 going|moving / only|solo|solamente|just email|correo|mail me|us ~2 from now / solo|solamente por correo|email ~2 de ahora / solo|solamente por correo|email ~2 en adelante / reach|contact|write me|us by|via email|correo|mail only|solamente"},
	// texts refused with email welcome: "no texts please, just email",
	// "send everything by email and not text", "can you make it so I
	// don't get texts anymore, email is fine" (see emailWelcomed)
	{Name: "no texts email", Pattern: "no|not texts|texting|text|sms / dont|not get|receive|want ~2 texts|texting anymore|again / no|ni textos|mensajes"},
	// "just forget about me", "olvídense de mí"
	{Name: "forget me", Pattern: "forget about me|us / forget my number / forget i exist / olvidense|olvidate|olvidese|olvidenme de mi|nosotros / forget me|us"},
	// "I'm done getting these", "done receiving your texts"
	// "I'm done reading them": the texts, read no more
	{Name: "done reading", Pattern: "done|finished reading|opening these|them"},
	{Name: "done getting", Pattern: "done|finished reading|opening your texts|messages"},
	{Name: "done getting", Pattern: "done|finished getting|receiving ~1 these|them|texts|messages|your / im done with these|those|the|your texts|messages / i am done with these|those|the|your texts|messages"},
	// "don't bother following up", "no need for further follow-ups"
	// dev294 (stop 52): "nuh bother send nothing else to this phone",
	// "don't bother texting me again"
	{Name: "dont bother sending", Pattern: "dont bother sending|send|texting|text|messaging|message|contacting|contact|writing|write ~1 me|us? ~1 nothing|anything|anymore|again|else|more|another"},
	{Name: "dont follow up", Pattern: "dont bother following|reaching up|out / do not bother following|reaching up|out / no need for ~2 further|more|any follow|followups|followup|outreach"},
	// "no call, no text"; Spanglish "stop mandándome mensajes"
	{Name: "no call no text", Pattern: "no call|calls|llamadas |? no text|texts|mensajes / stop mandandome|enviandome|escribiendome|textearme|texteandome"},
	// "no sigan", "y no vuelvan", "no me agreguen a nada"
	{Name: "es dont continue", Pattern: "no sigan|vuelvan|insistan|sigais|volvais|insistais / no me agreguen|anadan|inscriban|suscriban|metan ~2 a|en nada|ninguna|ningun"},
	{Name: "unsubscribe", Pattern: "unsubscribe"},
	{Name: "unsubscribe", Pattern: "unsubscribing"},
	{Name: "opt out", Pattern: "opt|opting ~1 out"},
	{Name: "cancel subscription", Pattern: "@cancelv ~4 subscr*"},
	{Name: "cancel subscription", Pattern: "@cancelv ~3 @subs"},
	// the other verbs and the nouns of ending one: "stop my subscription
	// to the newsletter", "deactivate the newsletter", "newsletter
	// unsubscription", "cancellation of my subscription"
	{Name: "cancel subscription", Pattern: "stop|quit|discontinue|deactivate|disable|remove|leave|exit ~3 @subs / stop|quit being subscribed / unsubscription / @subs cancellation|cancelation|termination / cancellation|cancelation|termination of ~2 @subs"},
	{Name: "cancel messages", Pattern: "@cancelv ~2 texts|messages|alerts|notifications|sms|reminders|calls"},
	// "cancel the rest of the texts too, not just the emails"
	{Name: "cancel rest", Pattern: "@cancelv ~1 rest|remainder of ~2 texts|messages|sms|calls"},
	{Name: "revoke consent", Pattern: "revoke|withdraw|revoking|withdrawing ~2 consent|permission"},
	// told as done: "consider my consent withdrawn", "my permission is
	// revoked"
	{Name: "revoke consent", Pattern: "my|our consent|permission ~2 withdrawn|revoked|rescinded"},
	{Name: "revoke consent", Pattern: "revoco|retiro|revocamos|retiramos|revoque|retire ~3 permiso|permisos|consentimiento|autorizacion / nunca autorice|autorizamos|autorizo ~3 escrib*|contact*|mand*|envi*|llam*|mensaj*"},
	// "no hace falta que me sigas escribiendo", "ya no escriban", "no me
	// incluyan en sus correos ni mensajes"
	{Name: "es dont contact again", Pattern: "no hace|hacia falta ~2 que ~1 me|nos? ~1 sigas|sigan|siga|sigais ~1 escrib*|contact*|mand*|llam*|envi*|molest*|text*"},
	// "de aquí en adelante, ni texto ni llamada, por favor"
	{Name: "es dont contact again", Pattern: "en adelante ni texto|textos|mensaje|mensajes|llamada|llamadas|mensajitos / en adelante | ni texto|textos|mensaje|mensajes|llamada|llamadas|mensajitos / en adelante nada de textos|mensajes|llamadas / ni texto|textos|mensaje|mensajes|mensajitos ni llamada|llamadas|correo|correos | por favor | / ni texto|textos|mensaje|mensajes|mensajitos ni llamada|llamadas|correo|correos | porfa | / ni texto|textos|mensaje|mensajes|mensajitos ni llamada|llamadas|correo|correos por favor | / ni texto|textos|mensaje|mensajes|mensajitos ni llamada|llamadas|correo|correos porfa |"},
	// "Seis textos en un día ... Ya, basta, se acabó": an end declared,
	// the messages named (see phraseRules)
	{Name: "es enough", Pattern: "basta | se acabo | / basta ya | se acabo | / ya basta | se acabo |"},
	// "Wow otro text ... Seriously, basta ya." (the message's last words:
	// see phraseRules)
	{Name: "es enough last", Pattern: "basta ya | / ya basta |"},
	// dev261 to dev264 (new this stop): "I'd appreciate si este es el
	// último mensaje que recibo", "me harías un favor si este fuera el
	// último" (a wish word in the message: see phraseRules)
	{Name: "last one wished", Pattern: "si|que este|esto|ese|esta sea|fuera|es el|la|lo ultimo|ultima / lets make it|this the last one|text|message / let this|that be the last one|text|message / let us make it|this the last one|text|message / if this was|is|were the last text|message / if this was|is|were the last i|we hear|heard from"},
	// "I'd be grateful if my details were struck from your outreach"
	{Name: "remove me", Pattern: "my|our details|info|information|number|name|contact were|was|be struck|stricken|purged|scrubbed|expunged from your"},
	// dev272: "the kind of thing the FCC hears about. Last warning.", "I
	// can survive without your texts. Goodbye and good riddance.", "I
	// would also like to not receive further solicitations on this cell"
	{Name: "last warning", Pattern: "last|final warning / ultima advertencia"},
	{Name: "dont contact me", Pattern: "survive|live|do without your|yall texts|messages|calls / good riddance"},
	{Name: "no further solicitations", Pattern: "like to not receive|get ~1 further|more|any solicitations|texts|messages|calls"},
	// "no tengo ganas de seguir recibiendo promociones"
	{Name: "es dont want messages", Pattern: "no tengo|tenemos ganas de ~1 seguir? recibiendo|recibir ~2 promociones|ofertas|mensajes|textos|llamadas|mensajitos|publicidad|esto|estos"},
	// "¿cómo hago para que esto pare de llegar?"
	{Name: "es dont contact again", Pattern: "como hago|hacemos para que ~2 pare|paren|deje|dejen de llegar|llegarme|llegarnos|venir / como le hago para que ~2 pare|paren|deje|dejen de llegar|llegarme|llegarnos|venir"},
	// "ya tuve suficiente de ustedes", "I'm done hearing from you"
	{Name: "es dont contact again", Pattern: "tuve|tengo|tenemos|tuvimos suficiente|bastante de ustedes|usted|ti / tuve|tengo|tenemos|tuvimos suficiente|bastante de su compania|empresa"},
	{Name: "dont contact me", Pattern: "im|were done hearing from you|yall / i am done hearing from you|yall / we are done hearing from you|yall"},
	// the line said for the household: "this number is done hearing
	// from Bramble, period" (blind59)
	{Name: "line done hearing", Pattern: "this|my number|phone|line|cell is done hearing from"},
	// "con esto cerramos la conversación para siempre"
	{Name: "es dont contact again", Pattern: "cerramos|cerremos|cierro la|el|esta|este conversacion|chat|tema ~2 para siempre / damos por cerrada|cerrado la|el|esta|este conversacion|chat"},
	// a relation ended, messages included: "decidimos no seguir con
	// ustedes en nada, incluyendo los texts", "suspender toda relación
	// con su empresa, incluyendo el envío de mensajes"
	{Name: "es dont contact again", Pattern: "suspender|terminar|cortar|finalizar|suspendemos|terminamos ~6 incluyendo|including|incluido|incluidos ~4 mensajes|textos|texts|messages|recordatorios|llamadas / suspender|terminar|cortar|finalizar|suspendemos|terminamos ~6 | incluyendo|including|incluido|incluidos ~4 mensajes|textos|texts|messages|recordatorios|llamadas"},
	{Name: "es dont contact again", Pattern: "no seguir|continuar ~6 incluyendo|including|incluido|incluidos ~4 mensajes|textos|texts|messages|recordatorios|llamadas / no seguir|continuar ~6 | incluyendo|including|incluido|incluidos ~4 mensajes|textos|texts|messages|recordatorios|llamadas"},
	// "no quiero nada de esto aquí" (on a phone the school or the job
	// lends), "quiere su número fuera de su sistema"
	{Name: "es dont contact again", Pattern: "no quiero|queremos nada de esto aqui|aca | / no quiero|queremos nada de esto aqui|aca despues|a partir / quiere|quiero|queremos|quieren su|mi|nuestro|este numero fuera de su|sus|esta|la ~1 sistema|lista|listas|base|registro"},
	// "just leave me fuera de la lista ok" (blind60, stop 67), "déjenme
	// fuera de su lista"
	{Name: "left off the list", Pattern: "leave|keep|dejen|deje|deja|dejan|mantengan|tengan me|nos fuera de la|su|sus|esta|esa|la lista|listas / dejenme|dejeme|dejame|dejennos|mantenganme|tenganme fuera de la|su|sus|esta|esa lista|listas"},
	// "please quit adding him to the email and text blasts", "she asked
	// that nobody reach out about this anymore", "no le vuelvan a escribir
	// a mi papá"
	{Name: "dont contact me", Pattern: "quit|stop adding|putting me|him|her|us ~1 to|on ~5 blasts|blast|texts|emails / quit|stop adding|putting me|him|her|us ~1 to|on ~4 mailing|text|email list"},
	{Name: "nobody reach out", Pattern: "asked|asks|wants|want|said|says|ask|please that? nobody|noone reach|contact|text|call ~4 anymore|again / asked|asks|wants|want|said|says|ask|please that? no one reach|contact|text|call ~4 anymore|again / make sure|certain nobody|noone reaches|contacts|texts|calls|reach|contact ~4 anymore|again / make sure|certain no one reaches|contacts|texts|calls|reach|contact ~4 anymore|again"},
	{Name: "es dont want messages", Pattern: "no le|les vuelvan|vuelva a escribir|mandar|llamar|textear|contactar ~1 a? mi|mis papa|mama|papas|padre|madre|abuela|abuelo|esposo|esposa|hijo|hija|hermano|hermana|suegra|suegro"},
	// "no quiero figurar en ninguna base de datos de ustedes"
	{Name: "es dont contact again", Pattern: "no quiero|queremos|deseo|deseamos figurar|estar|aparecer|seguir en ninguna|su|sus|esa|esta base|bases|lista|listas"},
	// "cesar su uso para fines de mercadotecnia", "dejo sin efecto
	// cualquier autorización previa"
	{Name: "revoke consent", Pattern: "cesar|cese|cesen ~2 uso|usar|usarlos|utilizar ~6 mercadotecnia|marketing|publicidad|promociones / dejar|dejen de usar|usarlos|utilizar ~6 mercadotecnia|marketing|publicidad|promociones / cesar|cese|cesen ~2 uso|usar|usarlos|utilizar ~6 fines comerciales / dejo|dejamos sin efecto ~3 autorizacion|consentimiento|permiso|autorizaciones"},
	// "no puede estar recibiendo esto", "no puedo estar recibiendo esto
	// en el trabajo"
	{Name: "es dont want messages", Pattern: "no puedo|puede|podemos estar? recibiendo|recibir esto|estos|estas|eso|sus|mensajes|textos"},
	// "ninguna de las dos queremos estos textos"
	{Name: "es dont want messages", Pattern: "ninguna|ninguno|nadie ~4 queremos|quiere|quiero|quieren estos|sus|los|estas textos|mensajes|mensajitos | / ninguna|ninguno|nadie ~4 queremos|quiere|quiero|quieren estos|sus|los|estas textos|mensajes|mensajitos de ustedes|su"},
	// "mejor ya no me tomen en cuenta"
	{Name: "es dont contact again", Pattern: "ya no me|nos tomen|tome|tomes en cuenta |"},
	// "no hay razón para que me anden escribiendo"
	{Name: "es dont contact again", Pattern: "no hay|habra razon|motivo|necesidad para|de que ~1 me|nos? ~1 anden|sigan|esten ~1 escrib*|contact*|llam*|molest*|text*"},
	// "no se me incluya en más campañas ni recordatorios", "que no se
	// programen más mensajes de seguimiento", "que este contacto termine
	// aquí"
	{Name: "es dont contact again", Pattern: "no se me|nos incluya|incluyan|agregue|agreguen ~3 campanas|recordatorios|listas|mensajes|correos / no se programen|envien|manden|agenden mas mensajes|recordatorios|seguimientos|textos / este contacto|intercambio termine|acabe ~1 aqui|hasta"},
	// "please no más recordatorios a este número"
	{Name: "es dont contact again", Pattern: "no mas recordatorios|mensajes|textos|texts|reminders a|al|to este|mi|this numero|cel|celular|number"},
	// a relayed request: "me pide que le diga que no le sigan mandando
	// ofertas", "y no le vuelvan a escribir a mi papá"
	{Name: "es dont want messages", Pattern: "que no le|les|lo|la sigan|vuelvan ~1 a? escribiendo|llamando|textiando|texteando|escribir|llamar|textear|contactar|contactando / que no le|les|lo|la sigan|vuelvan ~1 a? mandando|enviando|mandar|enviar ~1 mensajes|mensajitos|textos|ofertas|promociones|nada"},
	// "si vuelve a ocurrir, el asunto pasará a manos de nuestro abogado"
	{Name: "threat", Pattern: "si vuelve|vuelven|llega a ocurrir|pasar|suceder|repetirse ~12 @threat / si vuelve|vuelven|llega a ocurrir|pasar|suceder|repetirse | ~10 @threat"},
	// "tienen el número mal"
	{Name: "es wrong number", Pattern: "tienen|tiene|tienes el|mi|este numero mal"},
	// dev267 and dev268 (new this stop): "quitar mi nombre de donde sea
	// que lo sacaron", "mi número no está disponible para promociones",
	// "búsquense a otra", "no quiero que sigan", "¿me pueden dejar
	// quieta?", "prefiero silencio de parte de ustedes", "I'm done with
	// these", "let this thread die here", "sales pitches can't be coming
	// in on it", "I'd appreciate not hearing from this outfit after today"
	{Name: "es remove me", Pattern: "quitar|quiten|quite|borrar|borren|borre|sacar|saquen mi|nuestro nombre|nombres|numero|datos de donde|dondequiera / quitar|quiten|quite|borrar|borren|borre|sacar|saquen mi|nuestro nombre|nombres|numero|datos de su|sus|esa|la lista|listas|base|sistema"},
	{Name: "es dont want messages", Pattern: "no esta|estan disponible|disponibles para promociones|publicidad|mensajes|ventas|ofertas|anuncios / no puedo|puede|podemos recibir este|ese tipo|clase de"},
	{Name: "es dont contact again", Pattern: "busquense|busquen|buscate|busquese a? otra|otro|alguien|otros|otras"},
	{Name: "es dont contact again", Pattern: "no quiero|queremos que ~1 sigan|siga|continuen |"},
	{Name: "es leave me alone", Pattern: "me|nos pueden|puede|puedes dejar quieta|quieto|quietos|quietas / dejenme|dejeme|dejame quieta|quieto"},
	{Name: "es dont contact again", Pattern: "prefiero|preferimos|preferiria silencio / id|i|we prefer|rather silence"},
	{Name: "dont contact me", Pattern: "im|were done with these|them | / i am done with these|them |"},
	// "one more and I file"
	{Name: "threat", Pattern: "one more and ~4 @threat / one more and i|ill|we|well file / one more and im|were filing"},
	{Name: "thread ends", Pattern: "let this|the thread|conversation|chat die|end|rest here|now / let this|the thread|conversation|chat die|end|rest |"},
	{Name: "dont contact me", Pattern: "pitches|promos|ads|marketing|solicitations cant|shouldnt be? ~2 coming|come|landing"},
	{Name: "rather not hear", Pattern: "appreciate|prefer|rather not hearing|hear from ~3 after this|today|tonight / rather not hear from your|you|yall ~3 at all / rather not hear from your|you|yall ~3 after"},
	// "this phone was my grandpa's": a dead owner's phone (see
	// phraseRules)
	{Name: "dead owners phone", Pattern: "este|this phone|telefono|numero|cel|celular|number era de mi / este|this phone|telefono|numero|cel|celular|number was my / este|this phone|telefono|numero|cel|celular|number belonged to my|mi"},
	// "My mom passed in March. This was her cell" (dev357, stop 56)
	{Name: "dead owners phone", Pattern: "this|that was her|his|their cell|phone|number|line / este|ese era su cel|celular|telefono|numero"},
	// "had my name pulled from the other company's mailings, I expect the
	// same from you" (a removal told before: see phraseRules)
	{Name: "same from you", Pattern: "expect|want|need|ask the same from|of you|yall|your"},
	// dev269: "I think yall have the wrong Ana ... this number isn't the
	// one you're looking for", "this is his work phone ... so don't use it
	// for anything else"
	{Name: "wrong number", Pattern: "this|that|the number|phone isnt the one ~1 you|yall|youre are? looking for / this|that|the number|phone is not the one ~1 you|yall|youre are? looking for / have|got the wrong ana|maria|jose|person|juan|carlos|luis|rosa"},
	{Name: "dont use it else", Pattern: "dont use it|this ~1 for anything|nothing else / do not use it|this ~1 for anything|nothing else / no lo|la usen|use|uses|usar ~1 para nada mas? | / no lo|la usen|use|uses|usar ~1 para otra cosa mas? |"},
	// dev270: "I'd really appreciate if you guys just forgot about me
	// completely", "olvídense de mí"
	{Name: "forget about me", Pattern: "appreciate|please ~5 forgot|forget about me|us / olvidense|olvidese de mi|nosotros"},
	// "¿os pago yo para que os olvidéis de mí?", "a ver si se olvidan de
	// nosotros"
	{Name: "forget about me", Pattern: "os olvideis de mi|nosotros / olvidaos de mi|nosotros / se olviden de mi|nosotros"},
	// dev271: "ustedes ya no son bienvenidos en este teléfono", "ya no le
	// llegue nada de ustedes", "take my dad off ese listado", "please let
	// him be", "cada mensaje de ustedes me despierta, ya no quiero
	// ninguno"
	{Name: "es dont contact again", Pattern: "no son|es bienvenidos|bienvenido|bienvenidas|bienvenida en|a este|mi / ya no le|les llegue|lleguen ~2 nada|mensajes|mas"},
	{Name: "take them off", Pattern: "take|get my dad|mom|father|mother|grandma|grandpa|husband|wife|papa|mama|abuela|abuelo off|out"},
	{Name: "let us be", Pattern: "please let him|her|them be |"},
	{Name: "es none wanted", Pattern: "no quiero|queremos ninguno|ninguna |"},
	// dev273: "this is the restaurant's reservation line ... so please keep
	// your marketing off of it"
	{Name: "dont contact me", Pattern: "keep your|yall marketing|ads|pitches|texts|messages|promos|solicitations off|away"},
	// "no tiene caso que me sigan escribiendo": no point in going on
	{Name: "es dont contact again", Pattern: "no tiene|tendria caso|sentido ~2 que ~1 me|nos? ~1 sigas|sigan|siga|sigais ~1 escrib*|contact*|llam*|molest*|text* / no tiene|tendria caso|sentido ~2 que ~1 me|nos? ~1 sigas|sigan|siga|sigais ~1 mand*|envi* ~1 mensajes|nada|mas |"},
	// "hagan de cuenta que nunca tuvieron este número", "pretend you
	// never had my number"
	{Name: "es dont contact again", Pattern: "hagan|haga|hagamos de? cuenta que nunca ~1 tuvieron|tuvo|tuviste|existio ~1 este|mi|ese numero|cel|celular|telefono"},
	{Name: "dont contact me", Pattern: "pretend you never had|got|saw ~1 my|this number|phone|cell / act like you never had|got|saw ~1 my|this number|phone|cell / as if you never had|got|saw ~1 my|this number|phone|cell"},
	{Name: "es dont contact again", Pattern: "ya no ~1 escriban|escribas|escriba|manden|mandes|llamen|contacten|molesten|envien|texteen|insistan"},
	// Spanglish: "plz ya no txt a este #"
	{Name: "es dont contact again", Pattern: "ya no ~1 text|texts|textear|texting|message|messages a|al este|ese|mi? numero|cel|celular|telefono|phone|number"},
	{Name: "es dont contact again", Pattern: "no me|nos incluyan|incluya|incluyas|agreguen|agregue|metan|pongan ~3 correos|mensajes|lista|listas|envios|textos"},
	// "les agradecería que no me incluyan en más reminders por text"
	{Name: "es dont contact again", Pattern: "no me|nos incluyan|incluya|incluyas|incluyais|agreguen|agregue|metan|pongan en mas|sus recordatorios|reminders|promociones|promos|campanas|mensajes|textos"},
	// "don't want to hear about it again"
	{Name: "dont contact me", Pattern: "dont|not|never want|wish ~1 to? hear ~3 again|anymore"},
	{Name: "es complaint", Pattern: "bloqueado|bloqueada|bloqueados y ~1 denunciado|denunciada|reportado|reportada|reportados"},
	{Name: "blocked", Pattern: "blocking|block you|this|your|it|number"},
	{Name: "blocked", Pattern: "i|ive|im|have|am|just|been|getting|get|youre|you|number blocked / you are blocked"},
	{Name: "blocked at start", Pattern: "blocked|blocking|reported|reporting"},
	{Name: "report spam", Pattern: "report|reporting ~4 spam|harassment|fcc|ftc"},
	{Name: "report spam", Pattern: "report|reporting|reported ~1 this|these|your number|texts|messages|company / report|reporting|reported you"},
	{Name: "do not call list", Pattern: "do not call list|registry"},
	{Name: "do not call list", Pattern: "do not @contactv|@callv roster|rosters / dont @contactv|@callv roster|rosters"},
	{Name: "do not call list", Pattern: "do not|dont @contactv|@callv list|registry"},
	// "refrain from messaging me", "desist from calling"
	{Name: "stop contacting", Pattern: "refrain|desist from ~2 @contacting"},
	{Name: "do not call list", Pattern: "dnc list|registry"},
	// "I registered this number with donotcall.gov"
	{Name: "do not call list", Pattern: "registered|signed|listed|put|added|registering ~5 donotcall / on ~1 donotcall"},
	{Name: "harassment", Pattern: "this is harassment"},
	// a work line named with a request not to use it: "this is my work
	// phone, do not text it", "este es el telefono de mi trabajo, no lo usen"
	{Name: "work phone", Pattern: "work|office|business|company phone|cell|number|line ~4 dont|never|not ~1 @contactv|@callv|use / work|office|business|company phone|cell|number|line | ~3 dont|never|not ~1 @contactv|@callv|use"},
	{Name: "work phone", Pattern: "@esphone del|de ~1 @eswork ~4 no ~1 lo|la|me? @esusev / @esphone del|de ~1 @eswork | ~3 no ~1 lo|la|me? @esusev"},
	// "este celular es de la compañía, me lo revisan. No lo usen para
	// esto" (the phone named in the message: see phraseRules)
	{Name: "work phone", Pattern: "no lo|la usen|use|uses|useis para|pa esto|eso"},
	// Spanglish: "este es el número de la oficina, don't use it pa marketing"
	{Name: "work phone", Pattern: "@esphone del|de ~2 @eswork ~4 dont|never use|text|call / @esphone del|de ~2 @eswork | ~3 dont|never use|text|call"},
	{Name: "work phone", Pattern: "dont|never @contactv|@callv my work|office|business phone|cell|number|line"},
	// the work phone named in one sentence, the request in the next: "this
	// is my work cell and my employer monitors it. ... please don't use it
	// for this"
	{Name: "work phone", Pattern: "my work|office|business|company phone|cell|number|line ~8 | ~20 dont|never ~1 @contactv|@callv|use"},
	// "this cell was issued by my employer, please don't use it"
	{Name: "work phone", Pattern: "issued|provided|given|paid by|from ~2 employer|company|work|job|trabajo|empresa ~4 |? ~3 dont|never|not|no ~1 @contactv|@callv|use|usen|usar"},
	// "this is my business line and I need y'all to quit using it"
	{Name: "work phone", Pattern: "work|office|business|company|personal phone|cell|number|line ~8 quit|stop|cease using|texting|calling|messaging it|this|that|the|my"},
	// "kindly keep them off this line", "please keep this number out of
	// it" (a work cell whose logs the employer reads)
	{Name: "keep off line", Pattern: "keep them|these|it|texts|messages|solicitations|everything off this|my|that line|number|phone|cell / keep this|my number|line|phone|cell out of it |"},
	// "misplace this number for good", "please just bin my details", "you
	// can give it a rest for good now"
	{Name: "go away", Pattern: "misplace|lose this|my number|phone|cell ~1 for good|forever|permanently / bin|shred|scrap my details|info|information|data / delete|erase my details|info|information|data | / give it a rest ~1 for good|forever|permanently"},
	// "forget you ever had this number", "olvidense de mi numero",
	// "pierdan mi numero"
	{Name: "go away", Pattern: "forget ~3 this|my number|phone|cell / olvidense|olvidese|olvidate|olviden|olvidenme ~3 numero|telefono|cel|celular / pierdan|pierda|pierde|pierdas ~1 mi|este numero|telefono|cel|celular / pierdeme|pierdame|pierdanme el|mi|este numero|telefono|cel|celular"},
	// "I have no idea how her number got on your list but I need it off
	// today"; "I'd rather not get more"
	{Name: "go away", Pattern: "need|want it|this|that|her|his|my number? off ~2 today|now|asap|please|your|the|list"},
	{Name: "rather not get more", Pattern: "id rather not get|receive more|anymore / i would rather not get|receive more|anymore"},
	// blind53 (stop 60): "I'd rather not get these anymore", "we'd
	// rather not receive them any more"
	{Name: "rather not get these", Pattern: "id|wed|i|we|would rather not get|receive these|them|those|any @contactn? anymore|again|more / id|wed|i|we|would rather not get|receive @contactn anymore|again|more"},
	// blind45, blind53 (stop 60): "count me out of whatever list this
	// is", "Count me out of all of it — texts, calls, the whole works"
	{Name: "count me out", Pattern: "count me|us out of|from ~4 @list|@contactn / count me|us out of|from ~3 | @contactn"},
	// Spanglish: "I'd rather no recibir más mensajes sobre esto"
	{Name: "rather no recibir", Pattern: "rather|prefiero|preferiria no recibir|tener ~1 mas mensajes|textos|mensajitos"},
	// Spanglish: "olvida mi number bro", "borra mi number"
	{Name: "go away", Pattern: "olvida|olviden|olvide|borra|borren|borre mi|este number|numero|phone|cel"},
	// the present as a polite order: "hágame el favor y se olvida de este
	// número" (blind60, stop 67)
	{Name: "go away", Pattern: "favor y se olvida|olvidan de ~1 este|mi numero|telefono|cel|celular|number"},
	// "dice que mejor ni nos sigan buscando" (blind41)
	// (as a clause of its own: not "que ni me vuelvan a llamar los de la
	// otra compañía", "ni nos sigan buscando terreno en esa zona")
	{Name: "es dont contact again", Pattern: "mejor|que ni me|nos sigan buscando|escribiendo|llamando|mandando|contactando | / mejor|que ni me|nos vuelvan a buscar|escribir|llamar|contactar |"},
	// "would be great if they stopped showing up too" (blind38)
	// ("would be awesome if u guys stopped texting me", "it would be great
	// if your messages just stopped")
	{Name: "want to stop", Pattern: "would be great|nice|good|better|awesome if these|they|those|you|yall ~1 stopped|quit ~1 showing|coming|arriving|texting|messaging / would be great|nice|good|better|awesome if your|the texts|messages just? stopped|quit|ended"},
	// the carriers' spam short code: "forwarding these to 7726"
	{Name: "report spam", Pattern: "forward|forwarding|forwarded|report|reporting|reenviar|reenvio ~6 7726 / flag|flagging|flagged this|these|it|them|you|your ~3 7726 / send|sending|sent it|this|these|them|your ~3 to 7726 | / mande|envie|mandamos|enviamos|reenvie|mandare|enviare|reporte|reportamos ~3 al 7726"},
	// "if you keep texting ill call my lawyer", "if you keep texting voy a
	// llamar a mi lawyer": a threat conditioned on more messages
	{Name: "threat", Pattern: "if you|yall keep|continue ~2 @contacting|@contactv|@callv ~8 @threat"},
	// "if this keeps up i will report you", "if it happens again im blocking you"
	{Name: "conditional threat", Pattern: "if this|it|these keeps|keep|continues|continue|happens up|again? ~4 @threat"},
	// "my abogado is gonna hear about this si no paran": the threat first,
	// the condition after
	{Name: "threat", Pattern: "@threat ~6 si no paran|dejan / @threat ~6 if you|yall dont stop|quit"},
	{Name: "cut it out", Pattern: "cut it out|off / knock it off / cut|knock out|off ~2 @contactn"},
	// stop 47. Post instead of this phone: "paper letters only from here
	// on", "by the postal service only, not this cell"; "solo por
	// correo postal"
	{Name: "mail only", Pattern: "regular|postal|snail|paper mail|letters only / letters only / by|through|via the? post|postal|regular|snail mail|service only / solo|solamente por correo postal|normal|ordinario / solo|solamente por carta|cartas / solo|solamente por correo | ~1 nada|no / by|via the? post only"},
	// "no hago negocios por WhatsApp", "we don't do deals over text"
	{Name: "no business by text", Pattern: "dont|never do business|deals|sales by|over|via|through text|texts|sms|message|messages|texting / no hago|hacemos|hacen negocios|tratos por|via mensaje|mensajes|texto|textos|whatsapp|sms"},
	// "this phone belongs to my employer", "the cell is the company's,
	// not for your use"
	{Name: "work line", Pattern: "phone|cell|number|line|device belongs to my|the|our employer|company|job|office|hospital|clinic|school|boss"},
	// "I'd like all further correspondence to end", "our communication
	// ends here"
	{Name: "correspondence end", Pattern: "like|want|prefer|wish our|any|this|further correspondence|communication|communications to end|cease|stop / like|want|prefer|wish all further? correspondence|communication|communications to end|cease|stop / our correspondence|communication|communications ends|end|ceases"},
	// "this is where we part ways", "time for us to part ways"
	{Name: "part ways", Pattern: "where we part ways / time to part ways / lets part ways / we should part ways / part ways here|now"},
	// "there's no need to keep me on your lists", "no reason to keep my
	// number in your system"
	{Name: "keep me off", Pattern: "no reason|need to keep me|us|my|this number? on|in ~3 @list"},
	// a minor's phone: "you are messaging a 14 year old", "this is a kid's
	// phone"
	{Name: "minor's phone", Pattern: "you|youre|your|yall are|been? texting|messaging|contacting a|an child|minor|kid|teenager|teen / this is a|my childs|kids|minors phone|cell|number / you|youre|your|yall are|been? texting|messaging a|an 11|12|13|14|15|16|17 year"},
	// a child's age told (dev357, stop 56): "you are texting my 14 year
	// old daughter", "i'm 15 i'm not buying a roof"
	// (an age, not a span: "I'm 14 years into a 30 year mortgage")
	{Name: "minor's phone", Pattern: "you|youre|your|yall are|been? texting|messaging|contacting my|a|an? 10|11|12|13|14|15|16|17 year|y old|olds / you|youre|your|yall are|been? texting|messaging|contacting my|a|an? 10|11|12|13|14|15|16|17 yo / you|youre|your|yall are|been? texting|messaging|contacting my|a|an? 10yo|11yo|12yo|13yo|14yo|15yo|16yo|17yo / youve|yall been texting|messaging|contacting my|a|an? 10|11|12|13|14|15|16|17 year|y old|olds / you have been texting|messaging|contacting my|a|an? 10|11|12|13|14|15|16|17 year|y old|olds / you are texting|messaging|contacting my|a|an? 10|11|12|13|14|15|16|17 year|y old|olds / you are texting|messaging|contacting my|a|an? 10|11|12|13|14|15|16|17 y o / this is my|a 10|11|12|13|14|15|16|17 year olds phone|cell|number / this phone|cell|number belongs to my|a 10|11|12|13|14|15|16|17 year old / im|i only? 10|11|12|13|14|15|16|17 years old / i am only? 10|11|12|13|14|15|16|17 years old / im|i 10|11|12|13|14|15|16|17 yo / im only 10|11|12|13|14|15|16|17 | / i am only 10|11|12|13|14|15|16|17 | / im 10|11|12|13|14|15|16|17 |? im|i|and|so ~1 not|dont|cant|no"},
	// the number given in error (dev357, stop 56): "he put my number on
	// some form by accident", "her number was given by mistake" (not
	// "I typed my number wrong, it's 555-...": see phraseRules)
	{Name: "number given by mistake", Pattern: "put|gave|entered|typed|listed|wrote|added my|her|his|this|our number ~4 by accident|mistake / signed up my|her|his|this|our number ~4 by accident|mistake / accidentally put|gave|entered|typed|listed|added|signed my|her|his|this|our number / number was|got accidentally? given|put|entered|typed|listed|added ~3 by accident|mistake / number was|got accidentally given|put|entered|typed|listed|added|signed / dio|puso|anoto|dieron|pusieron|anotaron mi|su|este numero ~4 por error|equivocacion"},
	// round 2 (dev361, dev362, dev365, stop 56): removal wished in a
	// thank-you ("whatever list it's on, I'd be grateful if it came off"),
	// in the past and passive in Spanish ("este número debió haber sido
	// dado de baja"), updates no longer needed ("ya no necesito más
	// updates"), a stop said as a close ("aquí le paramos"), hearing again
	// refused ("no queremos volver a saber de préstamos por este medio"),
	// the thread forwarded to the carrier's spam team, a complaint form
	// being filled, the next one threatened with the Better Business
	// Bureau, early-morning texts praised in jest
	{Name: "polite removal", Pattern: "grateful|appreciate|appreciated|thankful ~3 if it|this came|come|got off / grateful|appreciate|appreciated|thankful ~3 if it|this could|would come off / grateful|appreciate|appreciated|thankful ~3 if my|this number came|come|got off"},
	{Name: "es should have been removed", Pattern: "este numero ~1 debio|debia|deberia haber sido dado|dada de baja / este numero ~2 debia|debio|deberia estar dado|dada de baja"},
	{Name: "es no more updates", Pattern: "ya no necesito|necesitamos|ocupo|ocupamos mas updates|avisos|noticias|mensajes|textos | / aqui le paramos | / no queremos|quiero volver a saber ~3 por este medio / no queremos|quiero volver a saber nada? de ustedes|usted|uds"},
	{Name: "report spam", Pattern: "forwarded|forwarding|sent|sending ~5 to ~1 verizons|atts|tmobiles|sprints|carriers|their spam team|department|dept"},
	{Name: "threat", Pattern: "if there is ~2 fourth|fifth|another|next|more ~1 |? ~3 going|goes|go to the? bbb|fcc|ftc|cfpb|ag / if there is ~2 fourth|fifth|another|next|more ~1 |? ~3 going|goes|go to the? bbb|fcc|ftc|cfpb|ag / if there is ~2 fourth|fifth|another|next|more ~1 |? ~3 bbb|bureau gets|get|will|hears|hear / if there is ~2 fourth|fifth|another|next|more ~1 |? ~3 bbb|bureau gets|get|will|hears|hear"},
	// the way out looked for (dev356, stop 56): "been looking for the
	// unsubscribe button for 10 min", "can't find where to opt out";
	// asked where it is (blind63 and blind65, stop 71): "where is the
	// unsubscribe link?? can't find it", "¿dónde está el enlace para
	// darse de baja?"
	{Name: "looking for the way out", Pattern: "where is|are the|your|this? unsubscribe|optout link|button|option / donde esta|encuentro|queda el|la? enlace|link|boton|opcion para|de darse|darme|darnos de baja / donde esta|encuentro|queda el|la? enlace|link|boton|opcion para|de desuscribirme|desuscribirse|unsubscribe / looking|looked|searching|searched|hunting for ~2 unsubscribe|optout link|button|option / looking|looked|searching|searched|hunting for ~2 opt out link|button|option / cant|couldnt find ~3 unsubscribe|optout link|button|option / cant|couldnt find ~3 opt out link|button|option / cant|couldnt find where|how to ~1 unsubscribe|optout / cant|couldnt find where|how to opt out / trying to find|locate ~2 unsubscribe|optout link|button|option / trying to find|locate ~2 opt out link|button|option"},
	// "go bug somebody else", "pester someone else"
	{Name: "go bother others", Pattern: "bother|pester|bug|spam|harass|hassle|annoy someone|somebody|anybody|anyone else"},
	// dev320 (stop 54): "please redirect that energy to someone who asked
	// for it", "save your texts for people who want them"
	{Name: "go bother others", Pattern: "redirect|save|spend|take that|your|the|all|those ~1 energy|effort|enthusiasm|hustle|texts|messages|time on|for|to someone|somebody|people|folks|anyone|those who|that ~1 asked|want|wants|signed|care|cares"},
	// "maybe take the hint", "just take the hint" (checked: an imperative)
	{Name: "take the hint", Pattern: "take|get the hint"},
	// "I marked this number as spam" (Spanish, two words between)
	{Name: "report spam", Pattern: "marque|marcamos|reporte|reportamos ~3 numero|numeros|mensajes|textos como spam|basura"},
	// "consider my cell off limits", "her number is off limits from now on"
	{Name: "off limits", Pattern: "numbers|phones|cells|lines off limits / number|phone|cell|line|numero is? off limits / off limits ~2 this|my|her|his number|phone|cell"},
	// "company phone, not yours to use" (checked: a phone named)
	{Name: "not yours to use", Pattern: "not yours to use|text|call"},
	// "Not the right person." opening a message (checked)
	{Name: "not the right person", Pattern: "not the right|correct person|number|guy|lady|owner|household"},
	// "send it by mail. Not to this phone." (checked)
	{Name: "not to this phone", Pattern: "not to|on this phone|number|cell|line"},
	// "scratch my number from your list", "strike me from the sheet"
	{Name: "scratch me from", Pattern: "scratch|strike ~1 @myn from"},
	// "leave us off whatever this is" (checked)
	{Name: "leave me off", Pattern: "leave me|us|her|him off / leave my|this|her|his number off"},
	// "I'll pass on any more of these"
	{Name: "pass on texts", Pattern: "pass on any more|further of? these|them|it / pass on anymore"},
	// "this is the front desk line at a clinic", "this is the reception
	// number of a dentist"
	{Name: "work line", Pattern: "this is the|a|an reception|receptionist|nurses|clinic|store|shop|main|office line|phone|number / this is the|a|an front desk line|phone|number"},
	// "screenshot sent to my carrier", "flagged you to Verizon as a scam"
	// (not "reported the claim to my carrier": an insurer is a carrier too)
	{Name: "report spam", Pattern: "sent|forwarded|reported|flagged you|this|these|them|screenshot|screenshots|texts|number ~2 to my|the? verizon|att|tmobile|sprint|cricket / sent|forwarded|reported|flagged you|this|these|them|screenshot|screenshots|texts|number ~2 to t mobile / screenshot|screenshots sent|forwarded|reported to my|the? verizon|att|tmobile|sprint|cricket|carrier / screenshot|screenshots sent|forwarded|reported to t mobile / reported|marked|flagged|flagging you|this|these|them|number ~3 as a? scam|scammer|fraud"},
	// "I was supposed to have been dropped from this list"
	{Name: "supposed to be removed", Pattern: "supposed to have been dropped|removed|deleted|unsubscribed|taken"},
	// "whatever y'all are sending, it can't keep landing here" (the
	// messages named: see phraseRules)
	{Name: "cant keep coming", Pattern: "it|they|these|this|that|texts|messages cant keep landing|showing|coming|arriving|popping ~1 up? here|in|on|to / it|they|these|this|that|texts|messages can not keep landing|showing|coming|arriving|popping ~1 up? here|in|on|to"},
	// "someone on your team promised me I wouldn't hear from you again"
	{Name: "promised no more", Pattern: "promised|assured|swore ~6 i|we wouldnt|wont hear back? from you|yall|your / promised|assured|swore ~6 i|we would|will not hear back? from you|yall|your"},
	// "emailed your support desk to be left alone"
	{Name: "asked to be left alone", Pattern: "@reported ~5 to be left alone"},
	// "tampoco quiero más textos de ustedes" (neither do I want)
	{Name: "es dont want messages", Pattern: "tampoco quiero|queremos ~1 mas? mensajes|textos|sms|llamadas|correos|texts|messages|mensajitos"},
	// "ya no hay necesidad de que me anden mandando recordatorios", "ya
	// no hace falta que nos escriban"
	{Name: "es no need to write", Pattern: "no hay necesidad de? que me|nos anden? ~1 escriban|manden|mandando|escribiendo|contacten|contactando|molesten|molestando|envien|enviando / no hace falta de? que me|nos anden? ~1 escriban|manden|mandando|escribiendo|contacten|contactando|molesten|molestando|envien|enviando"},
	// "a mí ya no me anden buscando", "ya no nos anden molestando"
	{Name: "es no need to write", Pattern: "ya no me|nos anden|esten buscando|molestando|mandando|escribiendo|texteando|contactando"},
	// "les pido que ya no me cuenten en sus listas"
	{Name: "off your list", Pattern: "que ya? no me|nos cuenten|tengan|incluyan|pongan|metan en su|sus|la|las lista|listas|base"},
	// "le erraron de número", "se equivocaron de número"
	{Name: "es wrong number", Pattern: "erraron|erro|erraste|errado de|el numero|telefono|persona"},
	// someone else's typo (dev310, after the stop-70 retrain put the row
	// under the model's threshold): "alguien puso mal su número"; not the
	// lead's own correction, "pusieron mal mi número, es el 555..."
	{Name: "es wrong number", Pattern: "alguien|someone ~1 puso|anoto|escribio|dio|metio mal ~1 su|el numero|telefono|cel|celular"},
	// "send me one more y se lo mando a mi attorney": one more, and a threat
	{Name: "threat", Pattern: "one|uno more|mas y|and ~6 attorney|fcc|ftc|bbb|police|lawyer|abogado|abogada|counsel|cfpb|profeco|policia|demanda|denuncia|ag|regulator|regulators|regulador"},
	// dev247: an ending said plainly: "We're done here.", "I think we're
	// finished with this conversation" (checked: nothing but politeness
	// or a refusal after it)
	{Name: "done here", Pattern: "were done|finished here|talking / we are done|finished here|talking / done|finished with this conversation|thread|chat|exchange"},
	// "don't bother circling back", "don't come back to this thread"
	{Name: "dont come back", Pattern: "dont|never bother circling|following|checking|reaching back|up|in / dont|never come back to this|me|us"},
	// "Nope. Never again." (checked: a short message)
	{Name: "never again", Pattern: "never again"},
	// a request taken back for good, as a whole clause: "sure, text me at
	// 3am again, love that. better yet, don't ever." (blind60, stop 67)
	{Name: "dont ever", Pattern: "better yet |? dont ever again? | / actually |? dont ever again? | / scratch that |? dont ever again? | / second thought |? dont ever again? |"},
	// "give it a rest"
	{Name: "give it a rest", Pattern: "give it a rest"},
	// "messaging this number needs to end today"
	{Name: "contact cease", Pattern: "messaging|texting|contacting|texts|messages ~3 needs|has|have to end|stop|cease"},
	// "I never agreed to get these"
	{Name: "never agreed", Pattern: "never agreed|consented to get|receive|getting|receiving these|texts|messages|this|them / never signed up to|for get|receive|these|texts|messages / never agreed|consented to these|your texts|messages"},
	// "I was assured I wouldn't hear from you again"
	{Name: "assured no more", Pattern: "assured|promised|told ~2 wouldnt hear from you|yall ~1 again|anymore / assured|promised|told ~2 would not hear from you|yall ~1 again|anymore / assured|promised|told ~2 wouldnt get|receive ~2 texts|messages|calls|these"},
	// Spanish: "mi celular es solo para la familia"
	{Name: "line for family", Pattern: "celular|telefono|numero|cel es solo|solamente para la|mi? familia|emergencias"},
	// dev248: "pueden dejarme tranquila", "déjenme tranquilo"
	{Name: "es leave me alone", Pattern: "dejenme|dejeme|dejame|dejennos tranquila|tranquilo|tranquilos|tranquilas / pueden|puedes|puede dejarme|dejarnos tranquila|tranquilo|tranquilos|tranquilas"},
	// "pueden dar esto por terminado", "demos esto por cerrado"
	{Name: "es done here", Pattern: "dar|demos|den esto|lo|todo por terminado / hasta aqui llegamos|llego"},
	// "nada de recordatorios ni promociones de aquí en adelante"
	{Name: "es no need to write", Pattern: "nada de mas? recordatorios|mensajes|textos|promociones|mensajitos ~6 en adelante"},
	// "this is my job's line", "it's my employer's phone"
	{Name: "work line", Pattern: "this|it is|s my|the jobs|employers|companys|bosses|offices line|phone|cell|number"},
	// "this is the last time I want to hear from you guys"
	{Name: "last one", Pattern: "last time ~3 want|wanna to? hear from you|yall|ustedes"},
	// "this is the last message from you I'd like to see"
	{Name: "last one", Pattern: "last message|text from you ~2 like|want to see"},
	// "esta es la última vez que quiero ver un text de ustedes"
	{Name: "last one", Pattern: "ultima vez que quiero|quiera|queremos ver|recibir ~2 text|texto|textos|mensaje|mensajes|texts"},
	// "this is Dale's old number ... I'm not Dale", "the old owner is not
	// me": the number someone else's once (checked in phraseRules)
	{Name: "someone elses old number", Pattern: "this|that|it is ~3 old number|phone|cell|line / old|previous|former owner ~3 not|isnt me / old|previous|former owner of this number|phone|line|sim / este|ese es el numero|telefono|celular|cel viejo de"},
	// "who is Carl? this isn't Carl's phone, never has been", "This here
	// was Tammy's number before she moved", "este celular era de mi
	// cuñado" (the owner checked in phraseRules)
	{Name: "someone elses old number", Pattern: "this|that isnt ~1 phone|number|cell / this|that is not ~1 phone|number|cell / was ~2 number|phone|cell|line before / este|ese celular|numero|telefono|cel era de"},
	// "Not the right Marisol. Whoever you're looking for, it ain't me",
	// "me confunden con otra persona", "ese no soy yo", "no conozco a ese
	// tal Wilmer", "siguen llegando mensajes para un tal señor Ramírez"
	{Name: "wrong number", Pattern: "whoever ~3 looking for |? it? aint|isnt|not me"},
	{Name: "es wrong person", Pattern: "me|nos confunden|confundieron|confundio con otra|otro? persona|alguien|cliente / ese|esa no soy yo / llegando|llegan mensajes para un|una tal"},
	// "Your colleague told me Monday I'd be taken off the list", "Ya me
	// tenían que haber removido", "I was told on the phone last week I'd
	// be taken off" (blind70, stop 71)
	{Name: "promised removal", Pattern: "told|promised me ~4 id be taken|deleted|removed / told|promised me ~4 i would be taken|deleted|removed / was|were told ~5 id|wed be taken off|out / was|were told ~5 id|wed be deleted|removed / was|were told ~5 i|we would be taken off|out / was|were told ~5 i|we would be deleted|removed"},
	{Name: "es asked before", Pattern: "me|nos tenian|tenias|tenia que haber removido|quitado|borrado|sacado|eliminado | / me|nos tenian|tenias|tenia que haber removido|quitado|borrado|sacado|eliminado de la|su|sus lista|listas|base / tenian|tenias|tenia que haberme removido|quitado|borrado|sacado|eliminado |"},
	// "honestly just block me on your end lol"
	{Name: "block me", Pattern: "block me on|from your end|side|system / block my number on|from your end|side|system"},
	// "I want nothing from this company on my phone", "I don't want
	// these coming at all anymore"
	{Name: "dont want messages", Pattern: "want nothing from you|this|your ~2 on|to my phone|cell|number | / dont want these|them coming | / dont want these|them coming at all|anymore"},
	// "Borren ese contacto", "de aquí en adelante ignoren este número",
	// "no tienen por qué seguir escribiéndome"
	{Name: "es drop contact", Pattern: "borren|eliminen ese|este|mi contacto|numero / ignoren|ignore este|mi numero / no tienen|tiene por|porque que? seguir escribiendome|escribiendo|mandando|mandandome|buscandome"},
	// the dead one sought (blind74, stop 72): "mi mamá falleció ... no
	// tienen por qué seguir buscándola" (a death told; see phraseRules)
	{Name: "es dead sought", Pattern: "no tienen|tiene por|porque que? seguir buscandola|buscandolo"},
	// "Si sigue esto I'm getting my lawyer involved",
	// "if another one comes ... I'm blocking y'all"
	{Name: "threat", Pattern: "si sigue|siguen esto|estos ~3 lawyer|abogado|abogada / if another one ~6 blocking|block|report|reporting yall|you|ustedes|this|your"},
	// "meant to type STOP. autocorrect hates me", "quise decir STOP"
	{Name: "meant stop", Pattern: "meant to type|say|send|write stop|unsubscribe / quise decir|poner|escribir stop"},
	// "take my info out of there"
	{Name: "take me off", Pattern: "take|get my info|information|details|number|data out of there|your"},
	// "desaparezcan mi número de su sistema"
	{Name: "es erase my number", Pattern: "desaparezcan|desaparezca|desaparece|desaparecer mi|este|el numero|nombre|info|informacion"},
	// "no need for updates", "no need for any more reminders"
	{Name: "no need for updates", Pattern: "no need for|of any? more? updates|followups|reminders|texts|messages|checkins"},
	// "I'd prefer you keep your offers to yourselves from now on"
	{Name: "keep to yourself", Pattern: "keep your|the offers|texts|messages|promos|deals|pitches to yourself|yourselves"},
	// threats after the condition: "my lawyer hears about this si me
	// mandan uno más", "sigan mandando y van pa la FCC", "keep texting y ya
	// verás"
	{Name: "threat after", Pattern: "@threat ~8 si|if me|you mandan|escriben|send|text ~1 uno|otro|one|another ~1 mas|more / sigan|siguen|keep mandando|escribiendo|texteando|texting|sending mensajes|mensaje|textos|texts|messages|these? y|and ~8 @threat / keep texting|messaging|sending y|and ya veras|youll see"},
	// "pretend this number doesn't exist", "hagan de cuenta que este
	// número no existe"
	{Name: "go away", Pattern: "pretend|assume this|my number ~3 exist|existed|exists / act like this|my number ~3 exist|existed|exists / de cuenta|como que este|mi numero no|nunca existe|existio|existiera"},
	// dev274, dev275, dev277 (stop 51): a line kept from sales ("this is
	// the salon line ... please don't use it for insurance pitches", "no
	// lo usen pa vender insurance", "no lo pueden seguir usando pa vender
	// software", "sus anuncios aquí no")
	{Name: "dont use it for sales", Pattern: "dont|never use it|this for ~2 @salesn / dont|never use this number|line|phone for ~2 @salesn / do not use it|this for ~2 @salesn / no lo|la ~2 usen|use|uses|usar|usando|usarlo|usarla ~1 pa|para ~1 @salesn"},
	{Name: "dont use it for sales", Pattern: "sus|your @salesn aqui|here|aca no|not |"},
	{Name: "dont use it for sales", Pattern: "las|los promos|promociones|anuncios|publicidad|propaganda aqui|aca no |"},
	// "se acabaron los mensajes pa mí", "dejen mi teléfono quieto",
	// "déjenme el celular libre"
	{Name: "es dont contact again", Pattern: "se acabaron|terminaron los|las? mensajes|textos|mensajitos pa|para mi|nosotros |"},
	// dev294 to dev296 (stop 52): "no más recordatorios porfa" (the bare
	// clause, or with politeness after it); the next one spared after a
	// complaint: "Ahórrese el siguiente", "save yourself the next one"
	{Name: "es no more messages", Pattern: "no mas recordatorios|mensajes|mensajitos|textos|promos|promociones|reminders|texts"},
	// "cero mensajes más, ¿listo?", "zero more texts" (blind60, stop 67)
	{Name: "es no more messages", Pattern: "cero|zero mensajes|mensajitos|textos|texts|messages|recordatorios|reminders|llamadas|calls mas|more"},
	{Name: "spare the next one", Pattern: "ahorrese|ahorrense|ahorraos|ahorrate el|los siguiente|siguientes|proximo|proximos / save yourself|yourselves|urself the next one|text|message"},
	{Name: "es leave me alone", Pattern: "dejen|deja|deje|dejes|dejenme|dejame|dejeme|dejennos mi|el|este|nuestro telefono|celular|cel|numero|whatsapp quieto|tranquilo|descansar / dejen|deja|deje|dejes|dejenme|dejame|dejeme|dejennos mi|el|este|nuestro telefono|celular|cel|numero|whatsapp en paz"},
	// a list of things not wanted that ends with the messages: "yo no
	// quiero caldo, ni seguro, ni mensajes"
	{Name: "es none wanted", Pattern: "no quiero|queremos ~3 | ni ~2 | ni mensajes|textos|mensajitos|llamadas / no quiero|queremos ~3 | ni mensajes|textos|mensajitos|llamadas / no quiero|queremos ~3 ni mensajes|textos|mensajitos"},
	// "ya párenle", "párenle ya" as the last words
	{Name: "es stop sending", Pattern: "ya parenle|parale|parenla |"},
	{Name: "es stop sending", Pattern: "parenle|parale|parenla ya |"},
	// "mi teléfono needs vacaciones de ustedes", "my phone needs a
	// vacation from you" (a pause bound in time stays a pause)
	{Name: "es dont contact again", Pattern: "needs|need|necesita|necesito|necesitamos a|unas? vacation|vacaciones from|de you|ustedes|uds|ustede"},
	// dev279, dev280, dev283: "let's both quit while we're ahead", "please
	// leave me off your texts", "I'll get your whole number shut down for
	// spam", "he wants his number out of your system", "I'd been took
	// off", "ni se les ocurra otra vez", "ya no me gasten mi dinero", "ya
	// no gasten saliva conmigo", "I'd be much obliged if I never heard
	// another peep from your outfit", "loose this number for good",
	// "throw my number in the stock pond", "I don't want to see another
	// one of these on my screen", "bless and keep you, far away from my
	// phone", "no reason for your bank to be texting me now or later"
	{Name: "quit while ahead", Pattern: "lets both? quit while / let us both? quit while"},
	{Name: "dont contact me", Pattern: "leave me|us off your texts|list|messages|texting|lists / leave me|us off the texts|texting|messages"},
	{Name: "threat", Pattern: "get|have your ~2 number|line|company shut down|reported|blocked|banned / get|have you all ~2 number|line|company shut down|reported|blocked|banned"},
	{Name: "es remove me", Pattern: "my|this|his|her number|info|numero out of|outta your|the system|database|list|files"},
	{Name: "asked before", Pattern: "id|i been|was took|taken off / i had|have been took|taken off / ive been took|taken off"},
	{Name: "es dont contact again", Pattern: "ni se les|le|te ocurra otra vez / ni se les|le|te ocurra de nuevo"},
	{Name: "es dont contact again", Pattern: "no me gasten|gastes|gaste mi|el dinero|saldo|pisto|datos / ya no gasten|gastes|gaste|pierdan|pierdas|pierda saliva|tiempo conmigo |"},
	{Name: "dont contact me", Pattern: "obliged|glad|happy|appreciate if|it i? never heard|hear another|a peep|word / never hear|heard from your outfit|company|bunch|people"},
	{Name: "lose my number", Pattern: "lose|loose|toss|throw|trash|burn this|my number ~3 away|pond|trash|garbage|river|lake / this|my number goes|belongs in|into the trash|garbage|bin / lose|loose|toss|throw|trash|burn this|my number|phone ~3 for good"},
	// dev336 (stop 55): "Enough. Put my number in the trash."
	{Name: "bin my number", Pattern: "put|stick|drop|file|throw this|my|our number in|into the|your? trash|garbage|bin|shredder|dumpster / bin|shred this|my|our number"},
	// dev341 (stop 55), sarcasm: the end said as a break-up, "Dear robot,
	// I am breaking up with you", "I think we should see other people";
	// "Let's make this our last conversation"; "no to every future
	// message"; "how many times does a person have to say no"
	{Name: "es no se comuniquen", Pattern: "no se comuniquen|comunique|comuniques mas|conmigo / no se comuniquen|comunique|comuniques con nosotros"},
	// dev344 (stop 55), Spanglish families: "was told we wouldn't be
	// hearing from TillTab again", "prefiero que ... este número se quede
	// en silencio" ("I'd appreciate it if this thread just ended here"
	// is "thread ends"), "leave my work phone alone" (not "leave her number alone": another
	// person's number)
	{Name: "promised no more", Pattern: "told|promised|assured ~3 we|i wouldnt|wont be? hearing|hear from ~3 again|anymore / told|promised|assured ~3 we|i would not be? hearing|hear from ~3 again|anymore / told|promised|assured ~3 we|i wouldnt|wont be? getting|get any|more? texts|messages|calls"},
	{Name: "es dont contact again", Pattern: "prefiero|quiero|pido|preferimos|queremos que ~6 numero|telefono|celular se? quede|quedara|mantenga|quedaria en silencio"},
	// dev338 (stop 55): "le agradezco pero ahí lo dejamos para siempre por
	// favor ya no me busque por aquí" (not "ya no me busque casas en esa
	// zona": a search)
	{Name: "es dont contact again", Pattern: "ya no me|nos busque|busquen|busques|buscan por aqui|aca|este|mas / ya no me|nos busque|busquen|busques|buscan | / ahi lo dejamos para siempre"},
	{Name: "leave my number alone", Pattern: "leave my|our ~1 phone|number|line|cell alone"},
	// dev338 (stop 55): "I'd rather not get the check-in messages after
	// that", "I'd been told back in the spring that this number was
	// already out of your system"
	{Name: "told out of system", Pattern: "told|thought|assumed|figured ~6 number|i was|is|were already? out of your|the system|list|database"},
	// dev348 to dev351 (stop 55): "just please don't send anything else
	// this way", "you can't text me without my okay, which you don't
	// have", the junk button tapped, "maybe give my phone a rest? like,
	// forever?", "whatever list I am on, I don't want to be on it", "don't
	// use this number for it anymore", "I want out of this", "I'm
	// putting you guys in the spam filter", "how about zero tomorrow",
	// "make it the last", "skip me going forward", "I want nothing
	// further"; in Spanish a work phone "no pa esto", a threat "si
	// siguen", "tienen mal el número", "ya no ocupo que me escriban",
	// "ya te dije que no y sigues"
	{Name: "dont contact me", Pattern: "dont send anything|nothing ~1 else|more this|my way / dont send anything|nothing ~1 else|more here | / dont send anything|nothing ~1 else|more to this number|phone"},
	{Name: "no consent", Pattern: "cant|shouldnt text|message|contact|call me|us without my|our ok|consent|permission / you dont have my|our ok|consent|permission to text|message|contact|call ~3 me|us|here / you dont have my|our ok|consent|permission to text|message|contact|call ~3 my|this phone|number|cell"},
	{Name: "reported junk", Pattern: "tapped|hit|clicked|pressed|used ~3 report junk|spam / im|ill|i|were putting|put|moving|moved you ~2 in|into|to the|my? spam|junk / we are putting|moving you ~2 in|into|to the|my? spam|junk / we put|moved you ~2 in|into|to the|my? spam|junk"},
	{Name: "give it a rest", Pattern: "give my|this|our phone|number|inbox a break|rest ~2 forever|permanently|good / give my|this|our phone|number|inbox a break|rest | like? | forever|permanently"},
	{Name: "not on list", Pattern: "whatever|which|what|any|your|this|the|some|a|that list ~4 | i|we dont want to be on it"},
	{Name: "dont contact me", Pattern: "dont use this|my|our number ~3 anymore|again / skip me|us ~2 going forward / skip me|us ~2 from now on / i|we want nothing further |"},
	{Name: "last message", Pattern: "how about zero|none texts|messages|calls? tomorrow / how about zero|none texts|messages|calls? from now on / how about zero|none texts|messages|calls? going forward"},
	{Name: "es dont contact again", Pattern: "tel|telefono|numero|cel|celular de|del ~1 oficina|trabajo|chamba ~2 no pa|para esto|eso|mensajes|ventas|publicidad|promociones|anuncios|spam / tel|telefono|numero|cel|celular de|del ~1 oficina|trabajo|chamba | no pa|para esto|eso|mensajes|ventas|publicidad|promociones|anuncios|spam / ya no ocupo|ocupamos|necesito|necesitamos que me|nos escriban|manden|llamen|contacten|escriba|mande|llame | / ya no ocupo|ocupamos|necesito|necesitamos que me|nos escriban|manden|llamen|contacten|escriba|mande|llame nada|mas|mensajes|aqui|aca|por"},
	{Name: "es threat if continue", Pattern: "profeco|abogado|abogada|fcc ~6 si me? siguen|continuan mandando|llamando|escribiendo|molestando|texteando|enviando / profeco|abogado|abogada|fcc ~6 si me? siguen|continuan con los|las? mensajes|llamadas|textos / profeco|abogado|abogada|fcc ~6 si me? siguen|continuan | / profeco|abogado|abogada|fcc ~6 si me? vuelven a escribir*|llamar*"},
	{Name: "es wrong number", Pattern: "tienen|tiene|tenian mal el|mi numero |"},
	{Name: "es told no", Pattern: "ya te|les|le dije|dijimos que no ~3 y sigues|siguen|sigue"},
	{Name: "break up", Pattern: "breaking|break up with you | / move on with your life"},
	{Name: "last message", Pattern: "make this our|the last conversation|text|message|exchange|chat | / make this our|the last conversation|text|message|exchange|chat with|from you|yall"},
	// dev308, dev280 (stop 55, once the model stopped reading them): "I'd
	// appreciate it if this was the end of the emails and the texts
	// both", "ni me sigan contando de sus precios"
	{Name: "last message", Pattern: "appreciate|prefer|rather|like ~3 if this|that was|is|were the end|last of ~3 texts|messages|emails|calls|contact|outreach"},
	// blind38, blind42, blind52 (stop 60): "I'd appreciate it if this
	// was the last I heard from CloudDesk", "Consider this the last
	// conversation we have", "there's no sense in anybody from CrewClock
	// reaching out on this line again"
	{Name: "last message", Pattern: "appreciate|prefer|rather|like ~3 if this|that was|is|were the last i|we hear|heard|hears from / consider|call this|it the last conversation|text|message|exchange|chat|contact / let this be the last conversation|text|message|exchange|chat|contact"},
	{Name: "no point reaching again", Pattern: "no sense|point|reason|need in|for anybody|anyone|you|yall|someone ~4 reaching|texting|contacting|calling|messaging ~4 again|anymore"},
	{Name: "es dont contact again", Pattern: "ni me|nos sigan|siga|sigas contando|escribiendo|mandando|texteando|ofreciendo / ya no me|nos sigan|siga|sigas contando|escribiendo|mandando|texteando|ofreciendo"},
	{Name: "dont want messages", Pattern: "no to every|all|any future|further message|messages|texts|text|contact / pre declining them all / declining them all"},
	{Name: "how many times no", Pattern: "how many times ~4 i|we ~3 say|said|saying|tell|told no / how many times ~8 lose|delete|forget my|our|their|this number"},
	// stop 63: a keyword typed already, "Last week me type STOP already",
	// "I reply STOP already and still come"
	{Name: "keyword typed already", Pattern: "me|i|we ~2 reply|text|type|send|say|write @stopkw ~1 already|twice|before"},
	// "I was told by your other gal back in March that I wouldn't hear
	// from you folks again"
	// (from the sender: not "I was told I wouldn't hear from the
	// underwriter until Friday")
	{Name: "promised no more", Pattern: "was|were told|promised|assured ~9 we|i wouldnt|wont be? hearing|hear from you|yall|ya|your / was|were told|promised|assured ~9 we|i would not be? hearing|hear from you|yall|ya|your"},
	// "spare me the texts", "I want off it", "quit using my number" ("spare
	// me the pitch" and "spare me the rest" skip the talk, not the texts)
	{Name: "spare me", Pattern: "spare me|us the texts|messages|spam / spare me|us any more|further ~1 texts|messages"},
	{Name: "want off", Pattern: "i|we want|wanna off ~1 it|this|your|the list|lists|texts|messages / i|we want|wanna off it |"},
	// the list the lead is on (blind77, stop 74): "whatever list Im on I
	// want off of it"
	{Name: "want off the list im on", Pattern: "list|lists im|were on ~2 i|we want|wanna off of? it|that|them |"},
	{Name: "stop using my number", Pattern: "quit|stop using my|this|our number|cell"},
	// the exasperated Spanish "¿hasta cuándo me van a seguir mandando
	// esto?" (the future only, and the messages as such: "¿hasta cuándo
	// siguen enviando las ofertas?" asks how long a promotion runs,
	// "¿hasta cuándo van a seguir mandando las fotos del avance?" how long
	// the updates go on); kitchen slang for "remove", "86 me from
	// whatever this is"
	{Name: "how long keep sending", Pattern: "hasta cuando ~2 van|vas|va a seguir molestando|fregando / hasta cuando ~2 van|vas|va a seguir mandando|enviando|escribiendo|texteando|mandandome|escribiendome|mandandonos esto|eso|mensajes|textos|mensajitos|basura / hasta cuando ~2 van|vas|va a seguir mandando|enviando|escribiendo|texteando|mandandome|escribiendome|mandandonos |"},
	{Name: "86 me", Pattern: "86 me|us from|off / 86 my|our|this number"},
	// dev342 (stop 55), leads who know their rights: "Consider any consent
	// I may have given on some web form revoked", "Leave me out of your
	// pipeline", "I'd quit while you're ahead", "We'd appreciate it if
	// nobody reached out again"
	{Name: "revoke consent", Pattern: "my|our|any ~1 consent ~8 revoked|withdrawn|rescinded|retracted|terminated / consider it|this|that revoked|rescinded"},
	{Name: "leave me out", Pattern: "leave|keep me|us out of your|this|the pipeline|list|lists|campaign|campaigns|funnel|rotation|sequence|outreach|texts / leave|keep my|our number out of your|this|the pipeline|list|lists|campaign|campaigns|funnel|rotation|sequence|outreach|texts"},
	{Name: "quit while ahead", Pattern: "quit|stop while you are|youre ahead |"},
	{Name: "dont contact me", Pattern: "appreciate|prefer|rather|best ~3 if nobody|noone reached|reaches|contacted|contacts|texted|texts|called|calls ~2 again|anymore / appreciate|prefer|rather|best ~3 if no one reached|reaches|contacted|contacts|texted|texts|called|calls ~2 again|anymore / appreciate|prefer|rather|best ~3 if nobody|noone reached|reaches out | / appreciate|prefer|rather|best ~3 if no one reached|reaches out |"},
	// "ion" for "I don't" (dev337): "ion wanna hear from y'all again"
	// (not the name Ion: only before a wish)
	{Name: "dont contact me", Pattern: "ion|iont want|need to? hear|hearing from you ~2 again|anymore|no / ion|iont want|need no|any|more|these ~1 texts|messages|calls"},
	{Name: "see no more", Pattern: "dont want|wanna to? see another one|text|message ~4 screen|phone / do not want|wanna to? see another one|text|message ~4 screen|phone / dont want to see another one of these|those ~2 on|from my|this|you / dont want to see another one of these|those |"},
	{Name: "dont contact me", Pattern: "far away from my|this phone|number|cell|screen"},
	{Name: "dont contact me", Pattern: "no reason for you|yall to be texting|messaging|contacting|calling me|us / no reason for you all to be texting|messaging|contacting|calling me|us / no reason for your bank|company|office|people|team to be texting|messaging|contacting|calling me|us"},
	// dev282, dev285: "find another phone to bother please", "these promo
	// texts keep popping over my nav ... i need them gone", "leave me out
	// of whatever list this is", "me quiero des-suscribir ya mismo", "do
	// not put it on ur marketing thing"
	{Name: "dont contact me", Pattern: "find another|some phone|number|person|sucker|victim to bother|pester|text|harass|spam"},
	{Name: "texts gone", Pattern: "need|want them|these|those|em gone / need|want these|those|the|your texts|messages|promos gone"},
	{Name: "off your list", Pattern: "leave me|us out of ~2 list|lists|system|database"},
	{Name: "unsubscribe", Pattern: "des suscribir|suscribirme|suscribo|suscribanme / desuscribir|desuscribirme|dessuscribir|desuscribanme|desuscribeme"},
	{Name: "dont use it for sales", Pattern: "dont|never put it|this|me|us on your ~1 marketing|promo|promos|mailing|sales ~1 list|lists|thing / dont|never put it|this|me|us on your list|lists / dont|never put my number on your ~2 list|lists|thing / do not put it|this|me|us on your ~2 list|lists|thing"},
	// dev287 (formal Spanish): "ninguno de los dos queremos más mensajes
	// de su compañía", "todo mensaje que reciba de ustedes lo consideraré
	// no autorizado", "no deseo que este número quede guardado en su
	// lista de contactos"
	{Name: "es dont want messages", Pattern: "ninguno|ninguna ~4 queremos|quiere|quiero|deseamos|desea mas mensajes|textos|llamadas|comunicaciones"},
	{Name: "es dont contact again", Pattern: "considerare|consideraremos|considero|consideramos ~2 no autorizado|autorizados|autorizada|autorizadas"},
	{Name: "es remove me", Pattern: "no deseo|quiero|queremos|deseamos que ~1 este|mi|nuestro numero|telefono|dato|datos quede|queden|siga|sigan|este|esten guardado|guardados|registrado|registrados ~3 su|sus|ustedes / no deseo|quiero|queremos|deseamos que ~1 este|mi|nuestro numero|telefono quede|queden|siga|sigan|este|esten en su|sus"},
	// dev289, dev290: "que me saquen de su sistema", "no quiero recibir
	// nada más de ustedes", "ni un mensaje más", "ya les puse un complaint
	// en el FCC website", "this is my dispatch phone. Quit clogging it
	// up", "ya estuvo, olvídenme", "corten toda comunicación con este
	// número"
	{Name: "es remove me", Pattern: "me|nos saquen|quiten|borren|eliminen|saque|quite|borre de ~2 sistema|lista|listas|base|registro|registros|system|list"},
	{Name: "es dont want messages", Pattern: "no quiero|queremos recibir nada ~1 de ustedes|usted|ti / no quiero|queremos recibir nada mas"},
	{Name: "es not one more", Pattern: "ni un|uno mensaje|texto|mensajito mas / ni uno mas"},
	{Name: "complained", Pattern: "puse|hice|meti|filed|file|mande ~2 complaint|queja ~4 fcc"},
	{Name: "dont contact me", Pattern: "quit|stop clogging|filling|blowing it|my|this up|phone|line / quit|stop clogging|filling|blowing up my|this phone|line"},
	{Name: "forget about me", Pattern: "olvidenme|olvideme|olvidame|olvidennos|olvidenos |"},
	{Name: "es dont contact again", Pattern: "corten|corte toda|todo|la|el? comunicacion|contacto|comunicaciones"},
	// dev286: "honestly I'm good on all the promos and reminders from here
	// on out", "I really thought I'd been taken off everything", "I'd
	// prefer not to get more follow-ups here"
	{Name: "dont want messages", Pattern: "im good|set on ~3 promos|reminders|texts|messages|followups|follow|updates|offers|pitches ~4 here|now on / im good|set on ~3 promos|reminders|texts|messages|followups|follow|updates|offers|pitches ~4 going forward / im good|set on ~3 promos|reminders|texts|messages|followups|follow|updates|offers|pitches ~4 anymore / i am good|set on ~3 promos|reminders|texts|messages|followups|follow|updates|offers|pitches ~4 here|now on / i am good|set on ~3 promos|reminders|texts|messages|followups|follow|updates|offers|pitches ~4 going forward|anymore"},
	// dev337 (stop 55): every channel declined, "I'm good on all of it,
	// the texts, the calls, all that"
	{Name: "dont want messages", Pattern: "im|were good on all of it|that | the|your texts|messages|calls|followups / im|were good on all the|your|these|those texts|messages|calls|followups|promos | / we|i are|am good on all of it|that | the|your texts|messages|calls|followups / we|i are|am good on all the|your|these|those texts|messages|calls|followups|promos |"},
	// the polite "no thanks" to the messages (blind80, after its
	// measurement): "I'm good on the follow ups for the rest of my life,
	// thanks though", "im good on the texts thx" (not "good on the
	// updates so far")
	{Name: "dont want messages", Pattern: "im|were good|set on the|your|these|those|all|any|more ~1 texts|messages|followups|follow|promos|reminders|updates ~4 thanks|thank|gracias|rest|forever / i|we am|are good|set on the|your|these|those|all|any|more ~1 texts|messages|followups|follow|promos|reminders|updates ~4 thanks|thank|gracias|rest|forever"},
	{Name: "thought removed", Pattern: "thought|figured|assumed id|i ~1 been taken|took off / thought|figured|assumed id|i ~1 been removed|unsubscribed ~2 | / thought|figured|assumed id|i ~1 been removed|unsubscribed from ~2 list|lists|everything|texts|messages|it / thought|figured|assumed i was taken off / thought|figured|assumed i was removed|unsubscribed |"},
	{Name: "dont want messages", Pattern: "prefer|rather not get|receive ~2 more|any ~1 followups|follow|texts|messages|reminders|updates|pitches"},
	// dev291 (Puerto Rico): "se suponía que ya me habían borrado del
	// sistema", "a la próxima llamo al abogado", "que no me llegue na' más
	// de ustedes", "con respeto, no quiero recibir más", "desaparezcan",
	// "no gasten más mensajes conmigo", "no pierdan el tiempo",
	// "pónganle punto final a esto", "please take me out of the rotation"
	{Name: "es asked before", Pattern: "me habian|habrian|hayan|hubieran borrado|quitado|sacado|eliminado de|del ~2 sistema|lista|listas|base|system|list / me habian|habrian|hayan|hubieran dado de baja"},
	{Name: "threat", Pattern: "a la proxima ~1 llamo|hablo|voy|pongo|reporto|demando|denuncio|meto ~3 abogado|abogada|demanda|fcc|queja|policia / a la proxima ~2 los|les demando|denuncio|reporto"},
	{Name: "es dont contact again", Pattern: "que no me|nos llegue|lleguen na|nada ~1 mas / no quiero|queremos recibir mas |"},
	{Name: "go away", Pattern: "desaparezcan |"},
	{Name: "es dont contact again", Pattern: "no|ni gasten|gaste|gastes|pierdan|pierda|pierdas mas? mensajes|textos|saliva conmigo / no|ni gasten|gaste|gastes|pierdan|pierda|pierdas mas? el|su? tiempo conmigo |"},
	{Name: "es dont contact again", Pattern: "ponganle|pongan|ponle|pongale punto final a esto|estos |"},
	{Name: "off your list", Pattern: "take me|us out of the|your rotation|queue / take|get me|us out of your system|database"},
	// dev293: "I'd like this to be the last one of these I get from you
	// all", "we'd prefer this be the last one", "I'd rather not keep
	// getting the plumbing stuff on it", "so we only hear from you when
	// we're the ones reaching out ... please make sure it does this time"
	{Name: "last wish", Pattern: "like|want|prefer|rather this|it to? be the last one|text|message ~3 i|we get|receive / like|want|prefer|rather this|it to? be the last one of these|those / like|want|prefer|rather this|it to? be the last text|message |"},
	{Name: "dont want messages", Pattern: "rather|prefer not keep getting|receiving ~3 texts|messages|these|stuff|promos|reminders|calls|emails|offers / rather|prefer not to keep getting|receiving ~3 texts|messages|these|stuff|promos|reminders|calls|emails|offers"},
	{Name: "dont contact me", Pattern: "only hear from you|ustedes when we|i|were|im ~4 reaching|reach out / only hear from you all when we|i|were|im ~4 reaching|reach out"},
	// dev292: "however yinz got it, I want off"
	{Name: "want off", Pattern: "i|we want|wanna off | / i|we want|wanna off your|the|this list|lists|texts"},
	// "please don't send anything else to this number"
	{Name: "dont send", Pattern: "dont|never send|text anything|nothing else? to this|my number|phone|cell|line / dont|never send|text more to this|my number|phone|cell|line / do not send|text anything|nothing else? to this|my number|phone|cell|line"},
	// "so lets call it quits on the texts"
	{Name: "call it quits", Pattern: "call it quits on|with ~1 the|these|your|all|them? @contactn / call it quits on|with them|these|yall|you"},
	// "id rather this phone stay quiet from you folks", "keep my phone
	// quiet"
	{Name: "phone quiet", Pattern: "rather|like|want|prefer this|my phone|number|cell|line ~1 stay|stays|be|remain|remains quiet|silent / keep this|my phone|number|cell quiet|silent"},
	// "i need the texts to end for real"
	{Name: "want to stop", Pattern: "@contactn|them|these to end|cease | / @contactn|them|these to end|cease for|now|already|today|please|asap|forever|immediately|altogether"},
	// "my lawyer gets the next one"
	{Name: "threat", Pattern: "lawyer|lawyers|attorney|abogado|abogada gets|get|getting the next one|text|message |"},
	// "my wife dice que ya le paren", "ya párenle"
	{Name: "es stop with", Pattern: "ya le paren|pare|pares|paren | / ya parenle|parale|parenla|parele | / le paren ya |"},
	// "ahorita mismo te doy block", "les voy a dar bloqueo"
	{Name: "es complaint", Pattern: "te|les doy|damos block|bloqueo / te|les voy|vamos a dar block|bloqueo / te|les voy|vamos a bloquear / te bloqueo|bloquee"},
	// a work phone refused in few words: "company phone. yall cant be on
	// it", "this is the pushers rig phone, get off it", "es cel de la
	// compañía, aquí no" (the work phone checked in phraseRules)
	{Name: "work line refused", Pattern: "aqui|aca no | / not here | / you|ustedes all|guys? cant be on it|this|here / get|stay off it|this |"},
	// "I can't have vendor texts coming to this phone anymore"
	{Name: "work line", Pattern: "cant have ~2 @contactn coming|going to|on this|my phone|number|cell|line"},
	// "texts a este número ya no, por favor"
	{Name: "no more texts here", Pattern: "texts|text|mensajes|textos|messages a|to|en este|this numero|number|cel|celular|phone ya no |"},
	// "any future messages should go to the front desk email, not here"
	// (another way named, checked in phraseRules)
	{Name: "elsewhere not here", Pattern: "any|all|future @contactn ~8 |? not here|aqui |"},
	// "I want nothing further from your company"
	{Name: "dont want messages", Pattern: "want nothing further|else|more from you|yall|your|this|ustedes"},
	// "este es el cel de mi trabajo, aki no porfa", "this is the agency
	// phone ... your texts cannot come to it", "these can't be coming
	// through here"
	{Name: "work line refused", Pattern: "aqui|aca no porfa|please|plis / @contactn|these cant come to|through it|here|this / @contactn|these cant be coming to|through it|here|this"},
	// "este es mi work phone, mi supervisor ve todo. Nada de la casa por
	// aquí", "lo de la casa no por aquí, por favor" (blind44)
	{Name: "work line refused", Pattern: "nada de ~3 por aqui|aca / no por aqui|aca | / no por aqui|aca porfa|please|plis"},
	// "this is my personal cell ... I'm not asking twice, quit using it",
	// "it's a Google Voice line for my tenants only. Keep off it." (the
	// number named before it, checked in phraseRules)
	{Name: "quit using it", Pattern: "quit|stop|cease using it | / need|needs to quit|stop using it / keep|stay off it |"},
	// "I would prefer not to receive any further correspondence on this
	// telephone", "I'd rather not hear from anyone about roofs on this
	// number again"
	{Name: "prefer not to receive", Pattern: "prefer|rather not to? receive|get ~2 further|more @contactn|correspondence / rather not hear from ~4 on this number|phone again"},
	// "kindly spare me the rest", "I am done receiving"
	{Name: "done receiving", Pattern: "spare me the rest|others | / done receiving|getting @contactn|these|them? |"},
	// "ya te puse como spam"
	{Name: "es complaint", Pattern: "te|los|les puse|marque|reporte como spam"},
	// "me nah want dem message no more", "I don't want to keep seeing these
	// come in"
	{Name: "dont want messages", Pattern: "nah|dont want dem|them|these|those|your @contactn no more|anymore / dont want to keep seeing these|them|your @contactn? come|coming in? | / dont want to keep seeing these|them|your @contactn? come|coming in? with his|her|their|my name / dont want to keep seeing these|them |"},
	// this line refused, the messages sent somewhere else (stop 75's
	// fresh set: the channel moved off this phone): "send all of it to
	// my wife's phone from now on instead of mine", "use my work email
	// for this, not this number anymore", "text my son about it, not
	// me", "put it on his cell and leave mine out of it" (a send to
	// someone else, or everything, checked in phraseRules)
	{Name: "this line refused for another", Pattern: "instead of mine|me | / not this number|phone|cell|line|celular|numero|telefono ~1 anymore|again|please|thanks | / and not this number|phone|cell|line|one | / not me|mine | / leave mine|me out of it"},
	// "mándenle todo a mi hija, a mí ya no", "por correo está bien, por
	// aquí ya no", "mándame la info por email, pero al cel no" (another
	// way named, checked in phraseRules)
	{Name: "es this line refused for another", Pattern: "a mi ya no | / por aqui|aca ya no | / aqui|aca al telefono|cel|celular ya no | / al cel|celular|telefono|whatsapp ya? no |"},
	// "if it's about the loan again, save yourself the trouble", "I'd
	// appreciate the quiet", "until then I'd appreciate some silence
	// from you folks" (stop 75's fresh set: a stop told as a kindness or
	// a wish; an ask or quiet hours checked in phraseRules)
	{Name: "spare the trouble", Pattern: "save|spare yourself|yourselves|yall the? trouble|time|effort|breath|texts |"},
	{Name: "quiet wanted", Pattern: "id|would appreciate|prefer|like the|some quiet|silence|peace | / appreciate|prefer the|some quiet|silence|peace from you|yall|ya|your|folks|guys"},
	// "these keep waking me up ... I just don't want them at all
	// anymore" (the messages named, checked in phraseRules)
	{Name: "dont want them anymore", Pattern: "dont want them|these|those|em ~2 anymore | / dont want them|these|those|em ~2 at all | / do not want them|these|those|em ~2 anymore | / do not want them|these|those|em ~2 at all |"},
	// a line's rules against the messages: "Personal solicitations on
	// this line are not allowed under company policy" (blind79; the
	// line named, checked in phraseRules)
	{Name: "not permitted here", Pattern: "solicitations|solicitation|marketing|texts|messages|sales ~4 are|is not|arent|isnt permitted|allowed"},
	// "dígale al robot que se olvide de esta viejita" (blind79)
	{Name: "es forget me", Pattern: "que se olvide|olviden de mi|nosotros|nosotras | / que se olvide|olviden de esta|este viejita|viejito|senora|senor|abuela|abuelo|persona"},
	// "le dije al otro de su compañía que ya no me escribieran"
	{Name: "es asked before", Pattern: "que ya no me|nos escribieran|mandaran|textearan|llamaran|contactaran|molestaran|marcaran / que no me|nos escribieran|mandaran|textearan|llamaran|contactaran|molestaran|marcaran|escribieras|mandaras|llamaras|textearas|marcaras|molestaras|contactaras mas"},
})

var (
	// tokens that may follow a bare imperative "stop" in its clause
	stopTail = textmatch.NewSet("please", "now", "immediately", "permanently", "already", "asap", "it", "that", "this",
		"thanks", "completely", "altogether", "right", "ok", "lol", "sending", "them", "these", "everything", "all", "for", "forever",
		"thank", "you", "pls", "seriously", "plz", "for", "good", "man", "dude", "bro", "sir", "then", "or", "texting", "bugging",
		// Spanglish: "stop con los mensajes porfa"
		"con", "los", "las", "mensajes", "textos", "texts", "porfa", "ya", "por", "favor")
	// tokens that may precede it
	// "mom says STOP": the one answering the phone relays it
	stopHead = textmatch.NewSet("says", "said", "dice", "dijo", "please", "so", "just", "and", "now", "then", "ok", "pls", "kindly", "can", "could", "would", "also",
		"you", "must", "to", "lol", "seriously", "hey", "sir", "simply", "thanks", "thank", "but", "pretty",
		"i", "want", "wish", "asking", "ask", "politely", "im", "am", "again", "yes", "no", "oh", "therefore", "ugh", "interested",
		"ya", "bro", "porfa", "pues")
	// reported speech: "texted stop", "said unsubscribe"
	quoteVerbs = textmatch.NewSet("texted", "said", "say", "saying", "typed", "type", "sent", "replied", "reply", "wrote",
		"write", "pressed", "hit", "send", "text", "txt", "word", "mean", "meant", "says", "told",
		// someone else told another company: "les tuvo que decir stop
		// calling me", "le dijo que ya no"
		"dijo", "dijeron", "decir", "decirles", "decirle")
	// scope breakers for negation
	scopeBreak = textmatch.NewSet("and", "but", "so", "please", "just", "then", "because", "or", "also", "anyway", "otherwise",
		// Spanish "y", "pero": "he says no vende y que stop texting him"
		"y", "pero")
	marketing = textmatch.NewSet("free", "claim", "prize", "won", "win", "reply", "www", "http", "https", "com", "uk",
		"ringtone", "txt", "per", "wk", "p", "ppm", "150p", "customer", "services", "subscribed", "service", "voucher", "cash", "award", "mobile", "offer", "optout")
)

// takenBack reports a request the message itself takes back or gives to
// someone else: "just curious, how do people unsubscribe? asking for my
// dad" (an aside), "i almost told you to stop, but ok" (not made), "the
// last lender kept texting after i said stop, you're fine" and "le dije
// al otro guy que stop calling" (made to another sender).
func takenBack(toks []string, m textmatch.Match) bool {
	if curiousRules[m.Name] && curiousAside(toks) {
		return true
	}
	if reportedRules[m.Name] || curiousRules[m.Name] {
		if almostSaid(toks, m.Start) || keepsSender(toks) && (otherSenderBefore(toks, m.Start) || thirdPartyTold(toks, m)) {
			return true
		}
		if otherSenderBefore(toks, m.Start) && reportedRules[m.Name] {
			return true
		}
	}
	// "le dije a la otra compañía que ya no me llamen. ustedes sí pueden
	// escribir": another sender's stop, this one kept, whatever the rule
	if keepsSender(toks) && otherSenderBefore(toks, m.Start) {
		return true
	}
	if interestAfter(toks, m.End) {
		return true
	}
	return m.Name == "es asked before" && otherSenderBefore(toks, m.End)
}

// interestAfter reports a contrast after the phrase that says the lead is
// interested: "your email had a 'click here to unsubscribe' link but i
// actually want more info", "mi vecina dice que ella los bloqueó, pero a
// mí sí me interesa".
func interestAfter(toks []string, i int) bool {
	for k := i; k < len(toks); k++ {
		if toks[k] != "but" && toks[k] != "pero" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+6 && toks[j] != textmatch.Break; j++ {
			if interestWords.Has(toks[j]) || (toks[j] == "want" || toks[j] == "quiero") && textmatch.After(toks, j+1, 2, infoWords) {
				return !textmatch.Before(toks, j, j-k, textmatch.Negators)
			}
		}
	}
	return false
}

var (
	interestWords = textmatch.NewSet("interested", "interesa", "interesado", "interesada", "interesados")
	infoWords     = textmatch.NewSet("more", "info", "information", "informacion", "details", "detalles", "mas", "ver", "saber", "see", "hear", "know")
)

// almostSaid reports a request the lead says they did not make, in the
// words before i: "i was about to tell you to remove me", "i almost told
// you to stop", "i'm not one of those people who yells stop".
func almostSaid(toks []string, i int) bool {
	// the word must lead to a verb of saying: "almost told you to stop",
	// "was about to tell you", "those people who yell stop"; "it's almost
	// midnight, stop texting me" is a request, and so is "i was gonna ask
	// about the rate but nvm just stop sending these"
	said := func(k int) bool { return textmatch.After(toks, k, 3, sayingVerbs) }
	from := max(0, i-10)
	for k := i - 1; k >= from; k-- {
		if contrastWords.Has(toks[k]) {
			from = k + 1
			break
		}
	}
	for k := from; k < i; k++ {
		switch toks[k] {
		case "almost", "nearly", "casi":
			if said(k + 1) {
				return true
			}
		case "about", "going":
			if k+1 < len(toks) && toks[k+1] == "to" && k > 0 && (toks[k-1] == "was" || toks[k-1] == "were") && said(k+2) {
				return true
			}
		case "thought", "considered":
			// "I thought about telling y'all to stop texting but the offer
			// looks decent now" (not "I thought I told you to stop")
			if k+1 < len(toks) && (toks[k+1] == "about" || toks[k+1] == "of") && said(k+2) && !slices.Contains(toks[k:i], textmatch.Break) {
				return true
			}
		case "those":
			if k+1 < len(toks) && (toks[k+1] == "people" || toks[k+1] == "folks") && said(k+2) {
				return true
			}
		}
	}
	return false
}

// keepsSender reports a message that says this sender may go on: "you're
// fine", "not you", "still open to your offer", "ustedes si pueden".
func keepsSender(toks []string) bool {
	for k := 0; k+1 < len(toks); k++ {
		a, b := toks[k], toks[k+1]
		switch {
		case (a == "youre" || a == "you" && b == "are") && k+2 < len(toks) && keepWords.Has(toks[k+2]),
			a == "youre" && keepWords.Has(b),
			a == "not" && b == "you",
			a == "still" && (b == "open" || b == "interested" || b == "want"),
			a == "appreciate" && b == "that",
			// dev341 (stop 55): "You seem nicer. Carry on."
			a == "you" && b == "seem" && k+2 < len(toks) && seemKept.Has(toks[k+2]),
			a == "si" && (b == "pueden" || b == "puede" || b == "quiero"),
			a == "you" && b == "can" && k+2 < len(toks) && dncContactvClass.Has(toks[k+2]):
			return true
		}
	}
	return false
}

// seemKept say this sender seems fine: "you seem nicer".
var seemKept = textmatch.NewSet("nicer", "fine", "ok", "cool", "legit", "different", "better", "nice")

// otherSenderBefore reports another sender named before i in its clause:
// "the last lender kept texting me after i said stop", "le dije a la otra
// company que stop".
func otherSenderBefore(toks []string, i int) bool {
	for k := textmatch.ClauseStart(toks, i); k < i; k++ {
		if (toks[k] == "other" || toks[k] == "otra" || toks[k] == "otro" || toks[k] == "last" || toks[k] == "previous" || toks[k] == "another") &&
			!(k > 0 && (toks[k-1] == "your" || toks[k-1] == "ur" || toks[k-1] == "su" || toks[k-1] == "tu")) &&
			k+1 < i && thirdNouns.Has(toks[k+1]) && !ofSendersOwn(toks, k+2) {
			return true
		}
	}
	return false
}

// ofSendersOwn reports "from your company", "at your office", "de su
// compañía" at i: the one named after "the other guy" is the sender's own
// ("i told the other guy from your company que ya no me escribieran").
func ofSendersOwn(toks []string, i int) bool {
	return i+1 < len(toks) && (toks[i] == "from" || toks[i] == "at" || toks[i] == "de" || toks[i] == "en" || toks[i] == "with") &&
		(toks[i+1] == "your" || toks[i+1] == "ur" || toks[i+1] == "su" || toks[i+1] == "tu" || toks[i+1] == "ustedes")
}

// thirdPartyTold reports a stop addressed to a third party named just
// before it: "my husband wants the solar guys to stop calling".
func thirdPartyTold(toks []string, m textmatch.Match) bool {
	if m.Start < 2 || toks[m.Start-1] != "to" {
		return false
	}
	// "the solar guys to stop", "my dad asked the other company to";
	// "tell your team to never call me" is the sender's own
	return m.Start >= 3 && thirdNouns.Has(toks[m.Start-2]) && toks[m.Start-3] != "your" && toks[m.Start-3] != "ur"
}

var (
	hadTo = textmatch.NewSet("had") // "i have to cancel the newsletter" is a request
	// what makes "don't send me X" about messages after all
	sentAnything = textmatch.NewSet("anymore", "again", "anything", "nothing", "stuff", "else", "further", "ever")
	// things a lead may not want sent while still talking
	sentObjects = textmatch.NewSet("links", "link", "forms", "form", "photos", "photo", "pictures", "pics", "documents", "docs",
		"attachments", "attachment", "files", "file", "pdf", "pdfs", "videos", "video", "contract", "invoice", "paperwork",
		// "please do not send me papers for the 30 year loan"
		"papers",
		// "Don't text me the numbers, email them" (blind78)
		"numbers", "figures", "breakdown")
)

// sentThing reports a "don't send me" whose object is a thing other than
// messages: "don't send me any links", "don't send me the forms" (but
// "don't send me the maintenance reminders anymore" is messages).
func sentThing(toks []string, m textmatch.Match) bool {
	if v := indexOfVerb(toks, m); v >= m.End || !thingVerbs.Has(toks[v]) {
		return false
	}
	// only a thing named as one: "any links", "the forms"; "don't send me
	// junk" or "listings" is messages
	for k := m.End; k < len(toks) && k < m.End+4 && toks[k] != textmatch.Break; k++ {
		w := toks[k]
		if messagingNouns.Has(w) || dncContactnClass.Has(w) || sentAnything.Has(w) || w == "more" {
			return false
		}
		if sentObjects.Has(w) {
			return true
		}
	}
	return false
}

// thingVerbs send a thing: "don't send me the forms", "can you not
// text me the link".
var thingVerbs = textmatch.NewSet("send", "text", "txt", "message", "email")

var (
	esWorkLeave = textmatch.NewSet("trabajo", "empleo", "chamba", "enfermedad", "incapacidad", "medica", "laboral",
		// "me dieron de baja en la cannery": a workplace
		"cannery", "planta", "fabrica", "empacadora", "plant", "factory", "warehouse", "jale", "compania", "empresa")
	esTextWords = textmatch.NewSet("mensaje", "mensajes", "texto", "textos", "text", "texts", "whatsapp", "escribir", "escribame", "escribeme", "sms")
)

// spanishChannelOrHours reports a Spanish "don't" that keeps texting: it
// stops calls while asking for messages ("no me llamen, solo por
// mensaje"), or sets quiet hours ("no escriban despues de las 9").
func spanishChannelOrHours(toks []string, m textmatch.Match) bool {
	// quiet hours: "despues de las 9", "en la noche"
	for k := m.Start; k < len(toks) && k < m.End+6; k++ {
		switch toks[k] {
		case "despues", "antes":
			if k+2 < len(toks) && toks[k+1] == "de" && (toks[k+2] == "las" || toks[k+2] == "la" || toks[k+2] == "mediodia") {
				return true
			}
		case "noche", "madrugada", "domingos", "siesta", "temprano", "horario", "horas", "laboral", "mananas", "sabados":
			return true
		case "after", "before", "past", "until":
			// the hour said in English: "no me textees after 10pm", "no
			// me manden nada before 8" (not "after this", "before I
			// block you")
			// (not "I'll text YOU after 2 weeks", nor hours refused
			// with the rest: "before noon or after noon. nunca", "after
			// work or any other time")
			if k+1 < len(toks) && clockWord(toks[k+1]) && !(k+2 < len(toks) && spanUnits.Has(toks[k+2])) && !anyHourRefused(toks) {
				return true
			}
		case "manana", "tarde":
			// "en la mañana", not "mañana" (tomorrow)
			if k > 0 && toks[k-1] == "la" {
				return true
			}
		}
	}
	callOnly := false
	for k := m.Start; k < m.End; k++ {
		if strings.HasPrefix(toks[k], "llam") || strings.HasPrefix(toks[k], "marq") || strings.HasPrefix(toks[k], "marc") {
			callOnly = true
		}
	}
	if !callOnly {
		return false
	}
	// calls only: a text channel asked for, after or before ("solo por
	// mensaje", "mejor por whatsapp", "prefiero mensajes, no me llamen"),
	// not "ni me manden mensajes"
	for k := 0; k+1 < len(toks); k++ {
		if k == m.Start {
			// the match's last token is read too: "no me llamen nomás
			// por | mensaje de texto" ends the match on "por"
			k = max(m.End-2, m.Start)
			continue
		}
		// ("ni por mensaje" refuses texts too; the match's own last "por"
		// welcomes texts only after "nomás", "solo" or "mejor": "no me
		// llamen por mensaje, no me interesa" refuses them)
		if (toks[k] == "solo" || toks[k] == "mejor" || toks[k] == "por" || toks[k] == "prefiero") && esTextWords.Has(toks[k+1]) && (k == 0 || toks[k-1] != "ni") &&
			(k != m.End-1 || k > 0 && (toks[k-1] == "nomas" || toks[k-1] == "solo" || toks[k-1] == "mejor" || toks[k-1] == "solamente")) {
			return true
		}
		// "mándame texto", "escríbeme por aquí"
		if textAsked.Has(toks[k]) && (esTextWords.Has(toks[k+1]) || toks[k+1] == "por") {
			return true
		}
	}
	return false
}

// clockWord reports a word that names an hour after "after" or
// "before": a number ("9", "10pm", "8:30") or a part of the day.
func clockWord(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' || clockWords.Has(w)
}

var (
	clockWords = textmatch.NewSet("noon", "midnight", "dark", "dinner", "bedtime", "work", "mediodia", "medianoche")
	spanUnits  = textmatch.NewSet("days", "weeks", "months", "years", "day", "week", "month", "year", "dias", "semanas", "meses", "anos")
)

// anyHourRefused reports every hour refused beside the one named: "nunca",
// "never", "any other time", "a ninguna hora".
func anyHourRefused(toks []string) bool {
	return hasWord(toks, "nunca", "never", "jamas", "ninguna") || textmatch.ContainsSeq(toks, "other", "time") || textmatch.ContainsSeq(toks, "otra", "hora")
}

var textAsked = textmatch.NewSet("mandame", "mandeme", "manda", "mande", "escribeme", "escribame", "textea", "texteame", "envia", "enviame",
	"mandenme", "escribanme", "envienme", "textenme", "texteenme")

// sayingVerbs follow "almost" or "was about to" in a request not made.
var sayingVerbs = textmatch.NewSet("tell", "told", "telling", "say", "said", "saying", "ask", "asked", "asking", "yell", "yells", "yelled", "type", "typed",
	"reply", "replied", "write", "wrote", "text", "send", "sent", "decir", "dije", "pedir", "pedi", "escribir")

// thirdNouns name another sender or a third party: "the other company",
// "the last lender", "the solar guys".
var (
	howOften    = textmatch.NewSet("every", "daily", "weekly", "often", "constantly", "twice", "hourly")
	sendVerbs   = textmatch.NewSet("send", "sent", "sending", "mail", "call", "texted", "contacted")
	lawyerWords = textmatch.NewSet("abogado", "abogada", "lawyer", "lawyers", "attorney")
)

var thirdNouns = textmatch.NewSet("company", "companies", "companys", "lender", "lenders", "agent", "agents", "realtor", "realtors",
	"guy", "guys", "buyer", "buyers", "investor", "investors", "bank", "banks", "roofer", "roofers", "contractor", "contractors",
	"business", "businesses", "place", "firm", "outfit", "people", "caller", "callers", "husband", "wife", "dad", "mom", "son",
	"daughter", "brother", "sister", "one", "ones", "compania", "empresa", "agente", "persona", "gente", "banco")

var keepWords = textmatch.NewSet("fine", "ok", "okay", "good", "great", "different", "better", "welcome", "allowed")

// curiousAside reports a message that says its question is not a
// request: "just curious", "just asking", "asking for a friend", "not that
// i want to", "for future reference", "si luego".
func curiousAside(toks []string) bool {
	for k := 0; k+1 < len(toks); k++ {
		a, b := toks[k], toks[k+1]
		switch {
		case a == "just" && (b == "curious" || b == "wondering"),
			a == "asking" && b == "for" && k+2 < len(toks) && toks[k+2] != "you",
			a == "not" && b == "that" && k+2 < len(toks) && (toks[k+2] == "i" || toks[k+2] == "we"),
			a == "future" && b == "reference",
			a == "si" && (b == "luego" || b == "despues"),
			(a == "solo" || a == "nomas" || a == "solamente") && b == "pregunto",
			a == "por" && b == "curiosidad":
			return true
		}
	}
	return false
}

// politeIf reports a polite request phrased as a conditional: "id be
// grateful if you would stop", "appreciate it if you quit calling".
func politeIf(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && toks[k] != textmatch.Break; k-- {
		if toks[k] == "if" {
			// "i'd appreciate it if you could take us off", "if you could
			// take us off that'd be great"
			return textmatch.Before(toks, k, 4, politeFrame) || textmatch.After(toks, i, 8, politeFrame)
		}
	}
	return false
}

var (
	senderObj        = textmatch.NewSet("you", "your", "ur", "yall", "this", "these", "u", "list", "them", "it")
	statementSubject = textmatch.NewSet("you", "u", "ya", "he", "she", "they", "we", "it", "people", "yall")
	sayVerbs         = textmatch.NewSet("say", "tell", "ask", "type", "reply", "text", "write", "send", "said", "typed", "replied", "texted", "wrote", "sent")
	thirdParty       = textmatch.NewSet("him", "her", "them", "his", "their", "mom", "dad")
	blockDet         = textmatch.NewSet("the", "a", "an", "out", "off", "some", "my", "our", "his", "her", "their", "time",
		// "I've blocked Thursday 9 to 10"
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "next", "this", "two", "one")
	blockObj = textmatch.NewSet("number", "numbers", "phone", "sender", "texts", "messages", "company", "account", "contact", "caller", "spam")
)

// contrastWords turn a message from what the lead nearly did to what
// they do now.
var contrastWords = textmatch.NewSet("but", "nvm", "anyway", "anyways", "pero", "however")

// toSenderNow: whom "tell" or "ask" addresses when the lead asks the
// sender itself.
var toSenderNow = textmatch.NewSet("you", "u", "yall", "ya", "ustedes",
	// "he said tell whoever keeps texting about the house to leave us be"
	"whoever", "quienquiera")

var politeFrame = textmatch.NewSet("appreciate", "appreciated", "grateful", "thankful", "prefer", "nice", "great", "better", "love", "like", "glad", "happy", "helpful", "thanks", "thank")

var (
	listFiller = textmatch.NewSet("no", "nor", "or", "and", "nothing", "please", "pls", "thanks", "thank", "you", "ever",
		"again", "period", "all", "at", "ok", "just", "more", "of", "any", "kind", "whatsoever", "stop", "this", "number",
		"to", "my", "plz", "anymore", "further", "whatsoever", "either", "none", "zero", "nada", "anything", "ni", "nunca")
	verbListTail = textmatch.NewSet("please", "again", "ever", "anymore", "period", "thanks", "pls", "plz", "this", "my",
		"ok", "thank", "at", "further", "no", "nor")
	// adverbs between the subject and a reporting verb: "i have already asked"
	reportAdv = textmatch.NewSet("already", "have", "had", "just", "literally", "even", "also", "clearly", "specifically",
		"repeatedly", "previously", "twice", "both", "all", "definitely", "politely", "nicely", "explicitly", "ve",
		"since", "then", "multiple", "several", "like", "now", "did", "do", "has", "kept", "keep", "been")
	firstPerson = textmatch.NewSet("i", "ive", "we", "weve", "id", "wed", "im")
	// what may follow the reported keyword: "begged you to quit twice",
	// "replied stop last week and you keep texting"
	reportedTail = textmatch.NewSet("before", "already", "ya", "twice", "times", "multiple", "several", "last", "and", "but",
		"so", "yet", "now", "like", "ago", "you", "still", "me", "us", "these", "them", "please",
		"weeks", "days", "months", "earlier", "yesterday", "previously", "once", "back",
		"all", "every", "texting", "calling", "messaging", "contacting", "emailing", "sending", "bugging",
		"bothering", "again", "3", "2", "three", "two", "many", "ages", "forever", "long",
		"ayer", "antes", "hace", "desde", "varias", "anteayer")
	// an earlier request undone: "opted out accidentally", "sign us back up"
	undoRules = textmatch.MustCompile(nil, []textmatch.Rule{
		{Name: "undo", Pattern: "mistake|accident|accidentally|accidently|mistakenly|resubscribe|resubscribed|oops|unintentionally"},
		{Name: "undo", Pattern: "want|like|get|receive|wanted|miss|back ~5 again|back|resume / sign|add|put me|us ~1 back"},
		{Name: "undo", Pattern: "ignore|disregard that|it|this|my|the"},
	})
	// relatives who act for an older lead, beside leadsPeople
	grandkids = textmatch.NewSet("grandson", "granddaughter", "grandkid", "grandkids", "grandchild", "niece", "nephew", "nieto", "nieta")
	// the wishes of an undo rule ("want them again"), which a negation
	// before them turns round
	undoWishes = textmatch.NewSet("want", "like", "get", "receive", "wanted", "miss")
	// products whose subscription is not a messaging consent
	productNouns = textmatch.NewSet("plan", "plans", "premium", "account", "membership", "package", "box", "order",
		"trial", "tier", "pro", "plus", "gym", "streaming", "insurance", "policy", "delivery", "magazine", "service", "app",
		"software", "license", "product", "car", "meal", "kit", "channel", "netflix", "spotify", "pmi", "coverage",
		"escrow", "program", "warranty", "autopay", "paperless", "rider")
	messagingNouns = textmatch.NewSet("newsletter", "newsletters", "texts", "text", "messages", "message", "emails",
		"email", "sms", "alerts", "notifications", "mailing", "list", "updates", "promotions", "marketing",
		"reminders", "offers", "deals", "promos", "notices", "boletin", "correos", "promociones", "alertas", "notificaciones", "ofertas")
)

// askedBefore accepts a first-person report of an earlier opt-out ("we
// begged you to quit twice", "typed UNSUBSCRIBE on friday and the texts
// keep coming", "opted out in the spring") unless the message undoes it
// ("opted out accidentally, put me back on").
func askedBefore(toks []string, m textmatch.Match) bool {
	if negatedBefore(toks, m.Start, 5) {
		return false
	}
	// the subject: a first person before the verb, or none at all
	// ("asked twice to stop")
	k := m.Start - 1
	for k >= 0 && toks[k] != textmatch.Break && reportAdv.Has(toks[k]) {
		k--
	}
	// ("my daughter already unsubscribed me ... why am I still getting
	// them": a relative did it for the lead, who is the one named after
	// the verb, and the texts go on; not "my grandson unsubscribed me
	// from junk emails, did your quote get caught up in that?")
	if k >= 0 && toks[k] != textmatch.Break && !firstPerson.Has(toks[k]) &&
		!((leadsPeople.Has(toks[k]) || grandkids.Has(toks[k])) && m.End < len(toks) && (toks[m.End] == "me" || toks[m.End] == "us") && stillComing(toks)) {
		return false
	}
	// "asked him to quit smoking": the keyword must end the request, and
	// be what was asked ("said the rain would stop" is not)
	last := toks[m.End-1]
	if m.End-2 > m.Start && toks[m.End-2] != "to" && !reportedHead.Has(toks[m.End-2]) && !sayVerbs.Has(toks[m.End-2]) {
		return false
	}
	// ("I said stop la semana pasada": a Spanish time after it)
	if (dncStopkwClass.Has(last) || replyKeywords.Has(last)) && m.End < len(toks) && toks[m.End] != textmatch.Break && !reportedTail.Has(toks[m.End]) && !reportedWhen(toks, m.End) &&
		!dncContactnClass.Has(toks[m.End]) && !(m.End+1 < len(toks) && (toks[m.End] == "la" || toks[m.End] == "el") && esTimeNouns.Has(toks[m.End+1])) {
		return false
	}
	if _, undone := undoRules.First(textmatch.Text{Toks: toks}, nil); undone {
		return false
	}
	// "I texted cancel on Monday bc I couldn't make the appt": a reply
	// word that cancels a visit the message names
	if replyKeywords.Has(last) && slices.ContainsFunc(toks, appointmentWords.Has) {
		return false
	}
	return true
}

// reportedWhen reports when or to whom a keyword was sent, at toks[i]
// after it: "I replied STOP on Monday", "a month ago", "in March", "to
// you people", "this morning", "Friday" (not "told him to stop at the
// store").
func reportedWhen(toks []string, i int) bool {
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1]
	}
	switch w := toks[i]; {
	case weekdays.Has(w):
		return true
	case w == "on":
		return weekdays.Has(next)
	case w == "a":
		return next == "month" || next == "week" || next == "while" || next == "few" || next == "couple"
	case w == "in":
		return monthNames.Has(next)
	case w == "to":
		return next == "you" || next == "your" || next == "yall" || next == "u" || next == "this" || next == "that"
	case w == "this":
		return next == "morning" || next == "week" || next == "afternoon" || next == "month"
	}
	return false
}

var weekdays = textmatch.Union([]textmatch.Set{textmatch.Weekdays, textmatch.WeekdayAbbrevs})

// formerKeptTexting reports a STOP the lead sent to another or a former
// company, told as that company's fault before the match: "The last
// insurance company I dealt with wouldn't stop texting even after I
// replied STOP", "my old lender kept texting after I opted out". Those
// texts went on; the sender is not asked to stop.
func formerKeptTexting(toks []string, m textmatch.Match) bool {
	named, kept := false, false
	for k := 0; k < m.Start; k++ {
		if formerOnes.Has(toks[k]) && (k+1 < m.Start && providerNouns.Has(toks[k+1]) || k+2 < m.Start && providerNouns.Has(toks[k+2])) {
			named = true
		}
		// "the mortgage company I had before never stopped texting"
		// (blind59, stop 66)
		if providerNouns.Has(toks[k]) && k+3 < m.Start && (toks[k+1] == "i" || toks[k+1] == "we") && (toks[k+2] == "had" || toks[k+2] == "used") && (toks[k+3] == "before" || toks[k+3] == "last" || toks[k+3] == "to") {
			named = true
		}
		if named && (keptWords.Has(toks[k]) || stopVerbs.Has(toks[k]) && k > 0 && textmatch.Negators.Has(toks[k-1])) {
			kept = true
		}
	}
	return named && kept
}

var (
	formerOnes    = textmatch.NewSet("last", "previous", "old", "former", "other", "another", "prior")
	providerNouns = textmatch.NewSet("company", "companies", "lender", "bank", "insurer", "agency", "agent", "broker", "carrier", "roofer",
		"contractor", "plumber", "buyer", "investor", "outfit", "provider", "vendor", "realtor", "guy", "one", "place", "insurance", "mortgage")
	keptWords = textmatch.NewSet("kept", "keeps", "continued", "still")
	stopVerbs = textmatch.NewSet("stop", "quit", "stopped")
)

// subjectPronouns open a clause after "told ... that": "told you that I",
// "told them that we".
var subjectPronouns = textmatch.NewSet("i", "we", "you", "he", "she", "they", "it", "u", "yall", "id", "im", "ive", "hed", "shed")

var (
	// rules that a report about someone else can imitate
	reportedRules = map[string]bool{"stop contacting": true, "stop contact": true, "stop": true, "take me off": true,
		"remove me": true, "off your list": true, "be removed": true, "asked before": true, "asked to be left alone": true, "leave me alone": true, "leave number alone": true, "take them off": true,
		"go away": true, "blocked": true, "dont call again": true, "wanted off": true, "want to stop": true, "never": true, "dont contact me": true}
	// what may come just before the reported keyword: "asked to stop",
	// "sent the word STOP", "asked to be removed"
	reportedHead = textmatch.NewSet("word", "keyword", "with", "be", "get")
	reportVerbs  = textmatch.NewSet("told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "begged", "beg", "warned")
	passiveAux   = textmatch.NewSet("was", "were", "been", "got", "be", "being")
	modalWords   = textmatch.NewSet("must", "will", "would", "should", "going", "to", "have", "had", "gotta", "kindly",
		"please", "pls", "so", "and", "but", "ok", "hey", "hi", "thanks", "thank", "you", "really", "am", "let", "now")
	toSender = textmatch.NewSet("you", "u", "yall", "your", "ur", "ya")
	// a list a lead is removed from
	listWords = textmatch.NewSet("list", "lists", "system", "systems", "records", "database", "contacts", "outreach",
		"mailing", "file", "files", "crm", "your", "ur", "this", "these", "all", "texts", "messages", "marketing", "sms",
		"sequence", "sequences", "cadence", "campaign", "campaigns", "automation", "drip", "blast", "blasts")
	wrongNumberTail = textmatch.NewSet("of", "for", "on", "in", "from")
	otherSender     = textmatch.NewSet("other", "another", "previous", "old", "last", "their", "his", "her")
	esGave          = textmatch.NewSet("di", "dio", "dieron", "puse", "anote", "mande", "escribi", "pase", "dimos")
	// rules a curious aside can take back
	curiousRules = map[string]bool{"unsubscribe": true, "opt out": true, "stop": true, "cancel subscription": true, "asked before": true, "foreign": true,
		"es dont want messages": true, "dont want messages": true}
	correcting   = textmatch.NewSet("gave", "typed", "listed", "put", "wrote", "entered", "dialed", "sent", "used", "copied", "filled", "di", "dimos", "dio")
	otherObjects = textmatch.NewSet("users", "employees", "staff", "team", "customers", "clients", "members", "them", "him", "her", "both", "everyone", "people")
)

// toldSomeoneElse reports a request reported about someone else: "i told
// the other company to stop calling", "my neighbor asked your company to
// stop texting her", "my husband tells solicitors to stop calling". The
// lead's own report to the sender ("i told you to stop") still counts.
func toldSomeoneElse(toks []string, m textmatch.Match) bool {
	// "asked your company to stop texting her": reported, for someone
	// else; "please stop messaging him" (the phone's user) is a request
	forOther := m.End < len(toks) && thirdParty.Has(toks[m.End]) && toks[m.End] != "them"
	cs := textmatch.ClauseStart(toks, m.Start)
	for k := m.Start; k >= cs; k-- {
		if !reportVerbs.Has(toks[k]) || k == m.Start && m.Name != "asked before" {
			continue
		}
		// "my wife wants me to tell you guys to quit texting her": told to
		// the sender now, for the one the lead speaks for
		if (toks[k] == "tell" || toks[k] == "ask") && k+1 < len(toks) && toSenderNow.Has(toks[k+1]) {
			return false
		}
		if forOther {
			return true
		}
		// passive: "was told id be removed" reports the sender's promise
		if k > cs && passiveAux.Has(toks[k-1]) {
			return false
		}
		// the subject: the lead ("i must ask you to stop", "we have asked
		// twice"), or none at all ("asked twice to stop"); anyone else
		// ("my neighbor asked", "he told them") is a third party
		first, other := false, false
		for j := cs; j < k; j++ {
			switch {
			case firstPerson.Has(toks[j]) || toks[j] == "me" || toks[j] == "us":
				first = true
			case !reportAdv.Has(toks[j]) && !modalWords.Has(toks[j]):
				other = true
			}
		}
		if other && !first && !(k+1 < len(toks) && forOurNumber(toks, k+1)) {
			return true
		}
		// the object: the sender, or nobody ("asked to be removed")
		limit := m.Start
		if k == m.Start {
			limit = m.End // "told the other company to stop" is one match
		}
		// ("told that roofing company from Katy to stop": "that" names
		// the company; "asked the lady at your front desk to take me off":
		// the sender's own people)
		named := false
		for o := k + 1; o < limit && o < k+8; o++ {
			w := toks[o]
			if !named && (reportAdv.Has(w) || isAllDigits(w) || w == "times" || w == "time" || w == "already" || w == "twice" || w == "now") {
				continue // "asked 3 times now to stop"
			}
			if toSender.Has(w) {
				return false
			}
			// "I already told the young man on the phone last week to take
			// me off": whoever answered the sender's phone
			// (not "I told my daughter who called me to stop calling so
			// late": one of the lead's)
			if (w == "on" && o+2 < len(toks) && toks[o+1] == "the" && (toks[o+2] == "phone" || toks[o+2] == "call") ||
				w == "who" && o+1 < len(toks) && (toks[o+1] == "called" || toks[o+1] == "texted" || toks[o+1] == "answered")) &&
				!slices.ContainsFunc(toks[k+1:o], ownPeople.Has) {
				return false
			}
			// "i told to the other lender to stop": a learner's "told to"
			// before whom
			if w == "to" && o == k+1 && o+1 < limit && toldToDet.Has(toks[o+1]) {
				continue
			}
			if w == "that" && !named && o+1 < limit && !subjectPronouns.Has(toks[o+1]) {
				named = true
				continue
			}
			if w == "to" || w == "be" || w == "that" || forOurNumber(toks, o) {
				return named
			}
			named = true
		}
		return named
	}
	return false
}

// ownPeople name one of the lead's own before "on the phone" or "who
// called".
var ownPeople = textmatch.NewSet("my", "our", "mi", "mis", "his", "her")

// toldToDet open whom a learner's "told to" names: "told to the other
// lender".
var toldToDet = textmatch.NewSet("the", "a", "an", "that", "another")

// forOurNumber reports "for my number", "for both our numbers", "for this
// line" from toks[i]: the lead's own number asked about ("we asked for
// both our numbers to be removed"), not someone else ("asked for my
// sister to be taken off").
func forOurNumber(toks []string, i int) bool {
	if toks[i] != "for" {
		return false
	}
	j := i + 1
	for j < len(toks) && j <= i+3 && ourDet.Has(toks[j]) {
		j++
	}
	return j > i+1 && j < len(toks) && lineNouns.Has(toks[j])
}

var (
	ourDet    = textmatch.NewSet("my", "our", "both", "this", "these", "the", "all")
	lineNouns = textmatch.NewSet("number", "numbers", "phone", "phones", "cell", "cells", "line", "lines")
)

// pastQuestion reports "why did you stop texting?": a question about what
// happened, not a request.
func pastQuestion(toks []string, m textmatch.Match) bool {
	cs := textmatch.ClauseStart(toks, m.Start)
	return textmatch.Before(toks, m.Start, m.Start-cs, pastAsk) && (toks[cs] == "why" || toks[cs] == "did" || toks[cs] == "how")
}

var pastAsk = textmatch.NewSet("did", "didnt")

// otherObject reports "unsubscribe users from the digest", "opt out of
// paper statements", "unsubscribe from Redfin emails": someone or
// something other than the lead and the sender's messages.
func otherObject(toks []string, m textmatch.Match) bool {
	if m.End >= len(toks) {
		return false
	}
	end := m.End
	// a match that takes its "of" ("opt out of"): the thing left starts
	// after it, as it would after a match without it
	if m.End-m.Start > 1 && (toks[end-1] == "of" || toks[end-1] == "from") {
		end--
	}
	// "unsubscribe me from the monthly pest plan": past the lead
	if (toks[end] == "me" || toks[end] == "us") && end+1 < len(toks) && (toks[end+1] == "from" || toks[end+1] == "of" || toks[end+1] == "de" || toks[end+1] == "del") {
		end++
	}
	// "unsubscribe a mi esposo del otro plan": past the person of the
	// lead's, to what they leave
	if toks[end] == "a" && end+3 < len(toks) && esHouseholdPoss.Has(toks[end+1]) && (toks[end+3] == "de" || toks[end+3] == "del") {
		end += 3
	}
	next := toks[end]
	// "dice mi mamá que unsubscribe her please": a person of the lead's
	// taken off, with nothing after but politeness (not "unsubscribe
	// them from the newsletter", "how do I unsubscribe my customers")
	// (not "how do I unsubscribe him? we're down to 4 seats": a user)
	if (next == "her" || next == "him") && (end+1 == len(toks) || toks[end+1] == textmatch.Break || toks[end+1] == "please" || toks[end+1] == "pls" || toks[end+1] == "porfa") &&
		!hasWord(toks, "seats", "seat", "user", "users", "license", "licenses", "employee", "employees", "rep", "reps", "staff") {
		return false
	}
	if otherObjects.Has(next) || next == "our" || next == "my" && end+1 < len(toks) && !listWords.Has(toks[end+1]) && !dncMynClass.Has(toks[end+1]) {
		return true
	}
	if next != "from" && next != "of" && next != "de" && next != "del" {
		return false
	}
	// the thing left: the sender or its messages keep it an opt-out
	for k := end + 1; k < len(toks) && k <= end+6 && toks[k] != textmatch.Break; k++ {
		// "unsubscribe from the paper bills and get them by email": the
		// thing left ends where the next verb's clause begins ("from the
		// mailers and the texts" goes on)
		if (toks[k] == "and" || toks[k] == "y" || toks[k] == "but" || toks[k] == "pero") && k+1 < len(toks) && !dncDetClass.Has(toks[k+1]) &&
			!messagingNouns.Has(toks[k+1]) && !senderObj.Has(toks[k+1]) && !listWords.Has(toks[k+1]) {
			break
		}
		// "unsubscribing from Comcast was easier than this app": the thing
		// left ends at its sentence's verb
		if toks[k] == "was" || toks[k] == "is" || toks[k] == "were" || toks[k] == "took" || toks[k] == "takes" {
			break
		}
		// "opt out of the home inspection if it is a cash deal": the thing
		// left ends where a condition begins
		if toks[k] == "if" || toks[k] == "unless" || toks[k] == "si" {
			break
		}
		// "opt out of the roadside assistance to make it cheaper": the
		// thing left ends where a purpose begins (not "to this number")
		if toks[k] == "to" && k+1 < len(toks) && !toObjects.Has(toks[k+1]) {
			break
		}
		// "unsubscribe me from everything" (not "I unsubscribe from
		// basically everything", a habit)
		// ("I want to opt out of everything": the match ends at "out")
		if senderObj.Has(toks[k]) || messagingNouns.Has(toks[k]) || listWords.Has(toks[k]) || (end > m.End || toks[m.End-1] == "out") && everythingWords.Has(toks[k]) {
			return productAfter(toks, end+1)
		}
	}
	return true
}

var esHouseholdPoss = textmatch.NewSet("mi", "mis", "su", "sus", "nuestro", "nuestra", "nuestros")

// toObjects follow a "to" that goes on with the thing left: "the texts
// to this number", "sent to me"
var toObjects = textmatch.NewSet("this", "that", "my", "me", "us", "our", "the", "your", "ur", "anyone", "everyone", "all")

// productAfter reports a product or another vendor's name right after i
// ("from Redfin emails", "of the auto-renewal"): a capitalised name is
// lost to normalisation, so only product nouns count.
func productAfter(toks []string, i int) bool {
	for k := i; k < len(toks) && k <= i+3 && toks[k] != textmatch.Break; k++ {
		// ("the previous texts" are these messages, earlier ones)
		if (toks[k] == "former" || toks[k] == "previous") && k+1 < len(toks) && messagingNouns.Has(toks[k+1]) {
			continue
		}
		if productNouns.Has(toks[k]) || toks[k] == "other" || toks[k] == "another" || toks[k] == "old" || toks[k] == "current" ||
			toks[k] == "otro" || toks[k] == "otra" || toks[k] == "anterior" || toks[k] == "viejo" || toks[k] == "vieja" ||
			toks[k] == "former" || toks[k] == "previous" {
			return true
		}
	}
	return false
}

// bajaObject starts the object of "dar de baja" when it is not the lead.
var bajaObject = textmatch.NewSet("a", "al", "el", "la", "los", "las", "un", "una", "esa", "ese", "este", "esta", "del", "mi", "mis",
	// "dar de baja 5 licencias", "unas licencias"
	"unas", "unos", "licencias", "licencia", "usuarios", "usuario", "asientos", "lineas", "linea",
	// Spanglish: "dar de baja two users de nuestra cuenta"
	"two", "three", "four", "five", "users", "user", "seats", "licenses", "accounts", "account", "employees", "the", "his", "her", "our")

// hasMessaging reports a messaging noun in the clause of m.
func hasMessaging(toks []string, m textmatch.Match) bool {
	for k, e := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start); k < e; k++ {
		if messagingNouns.Has(toks[k]) || dncFcontactnClass.Has(toks[k]) || toks[k] == "lista" {
			return true
		}
	}
	return false
}

// undone reports a message that takes an earlier opt-out back.
func undone(t textmatch.Text) bool {
	_, ok := undoRules.First(t, undoFilter(t))
	return ok
}

// signUpMistake reports an undoing that is only a mistake told of a
// sign-up or of the number given ("my nephew put my number on it by
// mistake", "I signed up at the home show by accident"): a reason to want
// off as often as one to want back. An undoing that asks for the
// messages again or for the last message to be ignored ("add me back",
// "ignore that") is none.
func signUpMistake(t textmatch.Text) bool {
	keep := undoFilter(t)
	found := false
	undoRules.Each(t, func(m textmatch.Match) bool {
		if !keep(m) {
			return true
		}
		if m.End-m.Start > 1 {
			found = false
			return false
		}
		found = found || textmatch.Before(t.Toks, m.Start, 10, signUpWords) || textmatch.After(t.Toks, m.End, 4, signUpWords)
		return true
	})
	return found
}

// signUpWords name a sign-up or the number given.
var signUpWords = textmatch.NewSet("number", "numero", "form", "list", "lista", "signed", "registered", "clicked", "filled", "puso", "put", "gave",
	"dio", "downloaded", "subscribed", "inscribio", "registro", "formulario")

// undoFilter keeps the undoRules matches of t that undo an opt-out.
func undoFilter(t textmatch.Text) func(textmatch.Match) bool {
	return func(m textmatch.Match) bool {
		// "my daughter put this number on some form by mistake": the
		// number given by mistake, which is why the lead wants off
		// (and "my daughter set this up for me by mistake": the sign-up
		// was the mistake)
		return !(m.End-m.Start == 1 && (textmatch.Before(t.Toks, m.Start, 5, numberGiven) || setUpBefore(t.Toks, m.Start)) && !t.HasAny(stopKeywords)) && !putBackByOthers(t.Toks, m) &&
			// "we don't want to hear from your company again": the wish
			// to hear again denied is a revocation, not its undoing
			!(undoWishes.Has(t.Toks[m.Start]) && textmatch.Before(t.Toks, m.Start, 2, textmatch.Negators)) &&
			// "circling back on your circling back": a follow-up's "back",
			// nothing wanted back
			!(t.Toks[m.Start] == "back" && m.Start > 0 && followUpVerbs.Has(t.Toks[m.Start-1])) &&
			// "I would like that you don't write me again": the wish is
			// for no more, a negation inside it
			!(undoWishes.Has(t.Toks[m.Start]) && slices.ContainsFunc(t.Toks[m.Start:m.End], textmatch.Negators.Has)) &&
			// "you have mistake, I never owned that house": the sender's
			// mistake, no request of the lead's undone
			!(m.End-m.Start == 1 && sendersMistake(t.Toks, m.Start)) &&
			// "I already replied to get off this thing back in June": a
			// time, nothing wanted back
			!(t.Toks[m.End-1] == "back" && backInTime(t.Toks, m.End)) &&
			// "I was gonna ignore this but ...": the lead's own ignoring,
			// not "please ignore that"
			!(ignoreWords.Has(t.Toks[m.Start]) && m.Start > 0 && ignoreAux.Has(t.Toks[m.Start-1]))
	}
}

var (
	ignoreWords = textmatch.NewSet("ignore", "disregard")
	// ignoreAux before "ignore" make the lead its subject: "I was gonna
	// ignore this", "I tried to ignore it", "I'll just ignore these"
	ignoreAux = textmatch.NewSet("gonna", "to", "was", "would", "could", "will", "ill", "might", "usually", "always", "normally", "i", "we")
)

// backInTime reports a time at toks[i], after "back": "back in June",
// "back in 2023", "back then", "back when I asked" (not "back in the
// system", "back on the list").
func backInTime(toks []string, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i] {
	case "then", "when", "around", "during":
		return true
	case "in", "en":
		return i+1 < len(toks) && (monthNames.Has(toks[i+1]) || len(toks[i+1]) == 4 && textmatch.AllDigits(toks[i+1]))
	}
	return false
}

var monthNames = textmatch.Union([]textmatch.Set{textmatch.Months, textmatch.MonthAbbrevs, textmatch.Meses}, "spring", "summer", "fall", "winter")

// sendersMistake reports a mistake at toks[i] that the sender made: "you
// have mistake", "you made a mistake", "you guys got the wrong ... by
// mistake" is not among them.
func sendersMistake(toks []string, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k] == "a" || toks[k] == "the" || toks[k] == "some") {
		k--
	}
	if k < 1 || !(toks[k] == "have" || toks[k] == "made" || toks[k] == "make" || toks[k] == "has" || toks[k] == "got") {
		return false
	}
	return toks[k-1] == "you" || toks[k-1] == "u" || toks[k-1] == "yall" || toks[k-1] == "guys" || toks[k-1] == "company" || toks[k-1] == "system"
}

// followUpVerbs come before the "back" of a follow-up: "circling back",
// "reaching back", "checking back".
var followUpVerbs = textmatch.NewSet("circling", "circle", "circled", "reaching", "reached", "reach", "checking", "checked", "check",
	"following", "followed", "getting", "coming", "came", "come", "writing", "wrote", "texting", "texted")

// setUpBefore reports a sign-up told a few words before toks[i]: "set
// this up for me by mistake", "signed me up by accident".
func setUpBefore(toks []string, i int) bool {
	return textmatch.Before(toks, i, 5, upWord) && textmatch.Before(toks, i, 7, setUpVerbs)
}

var (
	upWord     = textmatch.NewSet("up")
	setUpVerbs = textmatch.NewSet("set", "signed", "sign", "setup")
)

// putBackByOthers reports "put me back on" told of what someone did, not
// asked for: "I was taken off last year. Somebody put me back on. Take me
// off again."
func putBackByOthers(toks []string, m textmatch.Match) bool {
	return textmatch.Before(toks, m.Start, 2, putBackSubjects)
}

var putBackSubjects = textmatch.NewSet("somebody", "someone", "somehow", "they", "system", "got", "was", "were", "been", "yall", "else")

// numberGiven: how a number came to be on a list by mistake
var numberGiven = textmatch.NewSet("form", "forms", "put", "gave", "entered", "typed", "listed", "added", "signed",
	// "her number was given by mistake" (dev357, stop 56)
	"given", "provided", "submitted", "written")

// productSubscription reports "cancel the subscription on my streaming
// app": a product, with no messaging noun in the clause.
func productSubscription(toks []string, m textmatch.Match) bool {
	cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
	product := false
	for k := cs; k < ce; k++ {
		if messagingNouns.Has(toks[k]) {
			return false
		}
		if productNouns.Has(toks[k]) {
			product = true
		}
	}
	return product
}

// stopCallingTextMe reports "quit ringing, email me instead": a stopped
// call channel with a base-form request for another one after it.
func stopCallingTextMe(toks []string, m textmatch.Match) bool {
	g := toks[m.End-1]
	if g != "calling" && g != "ringing" && g != "phoning" {
		return false
	}
	for k := m.End; k < len(toks) && k < m.End+8; k++ {
		switch toks[k] {
		case "text", "email", "txt", "message":
			prev := toks[k-1]
			return prev != "or" && prev != "nor" && prev != "and" || k+1 < len(toks) && (toks[k+1] == "me" || toks[k+1] == "us" || toks[k+1] == "instead")
		case "texting", "emailing", "messaging":
			return false
		}
	}
	return false
}

// negatedBefore reports a negator in the clause before i, within window
// tokens, not separated by a scope breaker.
func negatedBefore(toks []string, i, window int) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		w := toks[k]
		if w == textmatch.Break || scopeBreak.Has(w) {
			return false
		}
		if textmatch.Negators.Has(w) && !inability.Has(w) {
			// "not interested stop": the negation ends with "interested"
			if k+1 < i && (toks[k+1] == "interested" || toks[k+1] == "selling") {
				return false
			}
			// "dont know how to unsubscribe" asks how, it does not refuse;
			// "not able to cancel" tried and failed
			if k+1 < i && (knowing.Has(toks[k+1]) || toks[k+1] == "able") {
				return false
			}
			return true
		}
		// "sin hacer unsubscribe", "sin darme de baja": "sin" before an
		// infinitive negates it ("sin más mensajes" asks for none)
		if w == "sin" && k+1 < i && spanishInfinitive(toks[k+1]) {
			return true
		}
	}
	return false
}

// spanishInfinitive reports a Spanish verb in the infinitive, alone or
// with a pronoun: "hacer", "darme", "recibirlos".
func spanishInfinitive(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "los"), "me"), "se"), "lo")
	return len(w) > 3 && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir"))
}

// hasWord reports whether toks contains one of words.
func hasWord(toks []string, words ...string) bool {
	for _, t := range toks {
		for _, w := range words {
			if t == w {
				return true
			}
		}
	}
	return false
}

var (
	politeTail = textmatch.NewSet("please", "thanks", "thank", "ok", "pls", "thx",
		// urgency is no more than politeness: "erase it now"
		"now", "asap", "immediately")
	timeLimit = textmatch.NewSet("after", "before", "during", "until", "till", "til", "between", "while", "when",
		"at", "on", "tonight", "today", "this", "early", "late", "so", "weekends", "weekdays", "mornings", "nights")
	inability = textmatch.NewSet("cant", "couldnt", "cannot")
	knowing   = textmatch.NewSet("know", "understand", "see", "remember", "sure", "how", "find")
)

// positiveAlternative reports "don't call, text me" style channel
// preferences: the clause or the next one asks for another channel.
func positiveAlternative(toks []string, m textmatch.Match) bool {
	if !litPhrases3.Has(toks[indexOfVerb(toks, m)]) {
		return false
	}
	for k := m.End; k < len(toks) && k < m.End+8; k++ {
		if toks[k] == "text" || toks[k] == "texting" || toks[k] == "texts" || toks[k] == "email" {
			return true
		}
	}
	return false
}

func indexOfVerb(toks []string, m textmatch.Match) int {
	for k := m.Start; k < m.End; k++ {
		if dncContactvClass.Has(toks[k]) || dncCallvClass.Has(toks[k]) {
			return k
		}
	}
	return m.Start
}

var (
	// keywords an instruction footer names
	footerKeyword = textmatch.NewSet("quit", "cancel", "remove", "stopall", "unsub", "halt", "arret", "yes", "no", "start",
		"help", "info", "y", "n", "claim", "stop", "end", "optout", "unsubscribe",
		// Spanish footers: "escriba BAJA para no recibir más"
		"baja", "alto")
	footerVerbs = textmatch.NewSet("reply", "text", "send", "txt", "sms", "respond", "msg", "message", "rply", "rpl", "repl", "snd")
	footerGoal  = textmatch.NewSet("stop", "end", "opt", "optout", "unsubscribe", "unsub", "cancel", "quit", "claim",
		"receive", "get", "remove", "halt", "cease", "leave")
	objectPronoun = textmatch.NewSet("me", "us", "you", "him", "her", "them", "it")
)

// replyEs are the Spanish instruction verbs of a footer: "responda STOP
// para cancelar", "que respondiera STOP para opt out".
var replyEs = textmatch.NewSet("responda", "responde", "respondiera", "responder", "conteste", "contesta", "contestara", "contestar", "enviar",
	"escriba", "envie", "envia")

// quotesKeyword reports messages that mention a keyword as an instruction
// rather than use it: marketing texts ("reply STOP to 12345", "to opt out
// text STOP") and similar.
// ownReplyDone reports toks[i] told as the lead's own earlier act: a
// first person and a word of doing it already in the few words before,
// in its clause ("I already did the whole reply STOP thing", "ya hice
// lo de responder STOP").
func ownReplyDone(toks []string, i int) bool {
	return textmatch.Before(toks, i, 5, didAlready) && textmatch.Before(toks, i, 7, firstPerson) ||
		textmatch.Before(toks, i+1, 5, ownPastEs)
}

var (
	didAlready = textmatch.NewSet("already", "did", "done", "tried", "ya")
	// Spanish names the lead in the verb: "ya hice lo de reply STOP"
	ownPastEs = textmatch.NewSet("hice", "intente", "mande", "respondi", "conteste", "envie", "puse")
)

func quotesKeyword(t textmatch.Text) bool {
	toks := t.Toks
	score := 0
	instr := false
	for i, w := range toks {
		// a token that is none of the words below, nor a number long
		// enough to be a short code, takes part in no test: most of a
		// message
		if !quotesCue.HasID(t.IDs[i]) && (len(w) < 5 || w[0] < '0' || w[0] > '9') {
			continue
		}
		if marketing.HasID(t.IDs[i]) {
			score++
		}
		if len(w) >= 5 && isAllDigits(w) {
			score += 2
		}
		// Spanish "y" ("and") after "text" is no "reply Y": "next text y
		// se lo mando a mi lawyer" (a keyword "y" needs its "to")
		spanishAnd := w == "y" && !(i+1 < len(toks) && (toks[i+1] == "to" || toks[i+1] == "2"))
		if i > 0 && (w == "out" || footerKeyword.HasID(t.IDs[i])) && !spanishAnd {
			p := toks[i-1]
			// "didn't I reply STOP already?": the lead's own reply, reported
			// with its subject, is no footer's instruction
			// "reply with STOP", "unsubscribe with STOP", but not "help
			// with unsubscribe"
			withReply := p == "with" && (textmatch.Before(toks, i-1, 3, footerVerbs) || textmatch.Before(toks, i-1, 3, footerGoal))
			// "I already did the whole 'reply STOP' thing": the lead's own
			// reply, told as done before it
			if (p == "reply" || p == "send" || p == "text" || p == "txt" || p == "sms" || p == "eng" || withReply || p == "respond" ||
				p == "rply" || p == "rpl" || p == "snd" || replyEs.Has(p) && (p != "envie" || textmatch.ClauseStart(toks, i-1) == i-1)) && !(i >= 2 && firstPerson.Has(toks[i-2])) &&
				// ("envíe BAJA para no recibir más" is a footer; "envié BAJA y
				// siguen" the lead's own)
				(!ownReplyDone(toks, i-1) || p == "envie" && i+1 < len(toks) && toks[i+1] == "para") {
				instr = true
			}
			// "send WIN to enter or END to opt out": a keyword followed by
			// "to <verb>" under an instruction verb earlier in the clause
			if i+1 < len(toks) && (toks[i+1] == "to" || toks[i+1] == "2" || toks[i+1] == "for" || toks[i+1] == "para") && textmatch.Before(toks, i, 7, footerVerbs) &&
				!(i >= 2 && firstPerson.Has(toks[i-2])) {
				instr = true
			}
		}
		// "send X to quit", "text HALT to end": instruction verb, one
		// keyword token, "to" and an opt-out or claim verb
		if i+3 < len(toks) && footerVerbs.HasID(t.IDs[i]) && (toks[i+2] == "to" || toks[i+2] == "2") && footerGoal.HasID(t.IDs[i+3]) &&
			t.IDs[i+1] != textmatch.BreakID && !objectPronoun.HasID(t.IDs[i+1]) {
			instr = true
		}
		if (w == "to" || w == "2") && i+1 < len(toks) && (toks[i+1] == "opt" || toks[i+1] == "unsubscribe" || toks[i+1] == "stop" || toks[i+1] == "end" || toks[i+1] == "optout") {
			if i+2 < len(toks) && (toks[i+2] == "text" || toks[i+2] == "reply" || toks[i+2] == "send" || toks[i+2] == "out" || toks[i+2] == "texts" || toks[i+2] == "txt" || toks[i+2] == "sms" || toks[i+2] == "stop" || toks[i+2] == "getstop") {
				score += 2
			}
		}
	}
	return instr || score >= 4
}

// quotedUntil returns where the last clause holding a footer keyword, a
// marketing word or a short code ends: what comes after it is the lead's
// own.
func quotedUntil(t textmatch.Text) int {
	end := 0
	toks := t.Toks
	for i, w := range toks {
		// a keyword counts where it is quoted as one: after a footer verb
		// ("reply STOP", "escriba BAJA") or before "to" or "para" ("STOP
		// to end"), not every "no" or "y" of the lead's own
		// (a keyword no reader takes for a word of the lead's own counts
		// anywhere: "unsubscribe with STOP")
		quoted := footerKeyword.HasID(t.IDs[i]) && (!everydayKeyword.Has(w) || i > 0 && (footerVerbs.Has(toks[i-1]) || replyEs.Has(toks[i-1])) ||
			i+1 < len(toks) && (toks[i+1] == "to" || toks[i+1] == "para" || toks[i+1] == "2"))
		if quoted || marketing.HasID(t.IDs[i]) || len(w) >= 5 && isAllDigits(w) {
			end = textmatch.ClauseEnd(toks, i)
		}
	}
	return end
}

// everydayKeyword are footer keywords that are also everyday words of a
// lead's own reply ("no", "y", "yes", "end", "alto", "baja"): quoted only
// beside a footer verb or a "to"
var everydayKeyword = textmatch.NewSet("no", "y", "n", "yes", "start", "info", "help", "end", "alto", "baja", "quit", "cancel", "remove", "claim")

// quotesCue are the tokens quotesKeyword tests, other than the short
// codes: marketing words, footer keywords and verbs, "out", "to" and "2".
var quotesCue = textmatch.Union([]textmatch.Set{marketing, footerKeyword, footerVerbs}, "out", "to", "2")

func isAllDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// sets used inside functions, built once
var (
	litPhrases0 = textmatch.NewSet("it", "this", "them", "texts", "messages", "these", "you")
	// noMoreSendTail may follow "no more send": politeness, the lead, or
	// the messages themselves ("no more send me", "no more send text")
	noMoreSendTail = textmatch.NewSet("please", "pls", "thanks", "thank", "ok", "me", "us", "to", "msg", "sms",
		"text", "texts", "message", "messages", "anymore", "again")
	litPhrases1 = textmatch.NewSet("please", "but", "and", "so", "just", "ok", "thanks", "seriously", "honestly")
	litPhrases2 = textmatch.NewSet("if", "unless", "whether")
	litPhrases3 = textmatch.NewSet("call", "ring", "phone", "dial", "email")
)

// everythingWords leave everything the sender sends: "unsubscribe me from
// everything", "sáquenme de todo"
var everythingWords = textmatch.NewSet("everything", "all", "anything", "todo", "todos")

// notUndone accepts a report of an earlier opt-out that the message does
// not take back ("opted us out by mistake, put us back on").
func notUndone(toks []string, _ textmatch.Match) bool {
	_, undone := undoRules.First(textmatch.Text{Toks: toks}, nil)
	return !undone
}

// stillComing reports a complaint that texts go on: "still" with a verb
// of receiving or sending within three words ("why am I still getting
// them", "they still come").
func stillComing(toks []string) bool {
	for i, w := range toks {
		if w == "still" && textmatch.After(toks, i, 3, keepComing) {
			return true
		}
	}
	return false
}

var keepComing = textmatch.NewSet("getting", "get", "gets", "receiving", "receive", "come", "comes", "coming", "texting", "sending", "send", "arriving", "arrive")

// tooOftenRules find a complaint that the sender writes too often: "you
// guys text way too much", "please don't text me so much", "too many
// texts", "me mandan demasiados mensajes", "no me escriban tanto". The
// lead may want fewer messages or none; a person decides.
var tooOftenRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "too often", Pattern: "you|yall|u|guys ~2 text|texting|message|messaging|msg|contact|contacting|blow|blowing ~3 too|so much|often" +
		" / too|so many texts|messages|msgs|reminders" +
		" / dont|stop|quit text|texting|message|messaging|contact|contacting me|us? so|this much|often" +
		" / demasiados mensajes|textos|mensajitos / me|nos mandan|envian|escriben tantos mensajes|textos|mensajitos" +
		" / me|nos escriben|mandan|textean|envian demasiado|tanto" +
		" / no|dejen|deje de? me|nos escriban|manden|mandar|escribir|textear tanto|tantos"},
})

// tooOften reports a complaint that the sender writes too often (see
// tooOftenRules), said of the sender: not the lead's own texting ("sorry
// I text so much"), nor another sender's ("too many texts from realtors
// already").
func tooOften(t textmatch.Text) bool {
	_, ok := tooOftenRules.First(t, func(m textmatch.Match) bool {
		if m.Start > 0 && (t.Toks[m.Start-1] == "i" || t.Toks[m.Start-1] == "we") {
			return false
		}
		for k := m.End; k < len(t.Toks) && k < m.End+3 && t.Toks[k] != textmatch.Break; k++ {
			if (t.Toks[k] == "from" || t.Toks[k] == "de") && k+1 < len(t.Toks) && !esSenderYou.Has(t.Toks[k+1]) && t.Toks[k+1] != "your" {
				return false
			}
		}
		return true
	})
	return ok
}
