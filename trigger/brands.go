package trigger

import (
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// knownBrands are national companies a lead in the seeds' verticals names
// when it shops around or says what it uses now: iBuyers and brokerages,
// lenders, insurers, the common B2B tools, national home-service chains.
// A name counts in any case ("state farm", "salesforce"), so a lead who
// writes it lowercase is heard too. Words that are also ordinary words
// ("chase", "progressive" alone, "compass", "outreach", "square",
// "carrier", "monday", Spanish "gusto") are left out or listed only with
// what makes them a company ("chase bank", "we use gusto"). A tenant that
// configures its own competitors ([Competitor] with names) hears only
// those.
var knownBrands = textmatch.MustCompile(nil, []textmatch.Rule{
	// cash buyers, iBuyers and brokerages
	// (a possessive reads as one word: "Home Depot's guy" -> "home depots";
	// "went through Rocket" is the lender)
	{Name: "known brand", Pattern: "opendoor* / offerpad* / homevestors / we buy ugly houses / zillow offers / redfin now / homelight / flyhomes / keller williams / coldwell banker / century 21 / remax / re max / exp realty / berkshire hathaway"},
	// lenders
	{Name: "known brand", Pattern: "rocket mortgage* / through|with|from|using|at|to rocket / quicken loans / quicken / loandepot / loan depot / united wholesale / guaranteed rate / navy federal / pennymac / mr cooper / freedom mortgage / movement mortgage / wells fargo / bank of america / chase bank / chase mortgage / citibank / truist / sofi / better com"},
	// insurers
	{Name: "known brand", Pattern: "state farm* / geico* / allstate* / progressive insurance / farm bureau* / next insurance / quote|cotizacion from|de citizens / liberty mutual / farmers insurance / usaa / esurance / root insurance / nationwide insurance / northwestern mutual / farm bureau / american family insurance / con|with|from|at|using american family / con|with|from|using|through progressive / amfam / erie insurance / shelter insurance / auto owners insurance / country financial / new york life / mass mutual / massmutual / metlife / aflac / aetna / cigna / humana / unitedhealthcare / united healthcare / blue cross / blue shield / kaiser / ambetter / oscar health"},
	// B2B software (with its possessive: "a bake-off w Zendesk's AI add-on")
	{Name: "known brand", Pattern: "odoo* / sensaphone* / appfolio* / buildium* / yardi* / entrata* / doorloop* / propertyware / rent manager / rentvine / salesforce* / hubspot* / zendesk* / freshdesk* / freshworks* / pipedrive* / zoho / gong / salesloft* / servicetitan* / service titan / jobber / housecall pro / gusto payroll / using|use|uses|on|from|switching|usamos|usan gusto / paychex* / rippling / quickbooks* / netsuite* / bamboohr* / workday / clickup* / clio / samsara* / procore* / fieldedge* / docusign*"},
	// home services
	{Name: "known brand", Pattern: "roto rooter / rotorooter / mr rooter / terminix / orkin / aptive / sunrun / sunpower / vivint / tesla solar / home depot* / lowes / angi / angies list / homeadvisor / thumbtack"},
})

// brandMention returns the first known brand t names, as written in t;
// a tool named as something to connect to ("we use Salesforce, does yours
// sync with it?") is none.
func brandMention(t textmatch.Text) (string, bool) {
	m, ok := knownBrands.First(t, func(m textmatch.Match) bool {
		return !employer(t, m) && !boughtAtStore(t, m) && !insurerOnAClaim(t, m) && !progressiveThing(t, m)
	})
	if !ok || integrates(t) {
		return "", false
	}
	return strings.Join(t.Toks[m.Start:m.End], " "), true
}

// progressiveThing reports "with progressive" followed by a word it
// describes ("with progressive lenses", "con progressive rates"): the
// insurer is named only where the clause ends or goes on with the policy,
// a price or a time ("con Progressive, como 1,400 al año", "I'm with
// Progressive right now").
func progressiveThing(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return toks[m.End-1] == "progressive" && m.End < len(toks) && toks[m.End] != textmatch.Break && !afterInsurer.Has(toks[m.End])
}

var afterInsurer = textmatch.NewSet("me", "nos", "quoted", "gave", "offered", "now", "right", "currently", "for", "since", "and", "but", "at", "paying", "y", "pero", "como", "desde", "ahorita",
	"ahora", "insurance", "auto", "car", "home", "homeowners", "policy", "poliza", "seguro", "pagando", "pago", "pay", "about", "around", "like")

// employer reports a brand named as where the lead works: "I work at
// Home Depot", "at work til 5, I'm over at the Home Depot on Main".
func employer(t textmatch.Text, m textmatch.Match) bool {
	if textmatch.Before(t.Toks, m.Start, 3, workVerbs) {
		return true
	}
	return textmatch.Before(t.Toks, m.Start, 2, atWord) && t.HasAny(workWords)
}

// boughtAtStore reports a home-improvement store named as where the lead
// bought something: "some spray I got at Lowe's", "picked up a filter
// from Home Depot". A store that quoted or installed ("Home Depot quoted
// the water heater") still competes.
// insurerOnAClaim reports an insurer named as the one paying the lead's
// claim: "con State Farm, el ajustador vino y aprobaron el reclamo". It
// pays the job; it does not compete for it.
func insurerOnAClaim(t textmatch.Text, m textmatch.Match) bool {
	return insurerFirst.Has(t.Toks[m.Start]) && t.HasAny(claimWords) && !t.HasAny(quotedWords)
}

// quotedWords tell a price an insurer gave, which competes even with a
// deductible named: "State Farm me sacó $129 con el mismo deductible"
var quotedWords = textmatch.NewSet("quoted", "quote", "quotes", "cotizo", "cotizaron", "cotizacion", "saco", "sacaron", "beat", "cheaper",
	"barato", "mas", "better", "mejor").Gated()

var (
	insurerFirst = textmatch.NewSet("state", "geico", "allstate", "progressive", "liberty", "farmers", "usaa", "esurance", "nationwide",
		"farm", "american", "amfam", "erie", "shelter", "auto", "country")
	claimWords = textmatch.NewSet("claim", "claims", "adjuster", "adjusters", "deductible", "reclamo", "ajustador", "deducible", "aseguranza").Gated()
)

func boughtAtStore(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	if !retailStores.Has(toks[m.Start]) || m.Start == 0 {
		return false
	}
	// "the mortgage place from the flyer at the Home Depot on 38th": a
	// place where a flyer was seen
	if m.Start >= 2 && toks[m.Start-1] == "the" && atWord.Has(toks[m.Start-2]) && textmatch.Before(toks, m.Start-2, 3, seenAt) {
		return true
	}
	if !atWord.Has(toks[m.Start-1]) && toks[m.Start-1] != "from" {
		return false
	}
	return textmatch.Before(toks, m.Start-1, 5, boughtVerbs) || textmatch.Before(toks, m.Start-1, 3, seenAt)
}

// seenAt are things seen at a store: "the flyer at the Home Depot"
var seenAt = textmatch.NewSet("flyer", "flier", "sign", "ad", "board", "poster", "booth", "stand", "kiosk")

var (
	retailStores = textmatch.NewSet("lowes", "home")
	boughtVerbs  = textmatch.NewSet("got", "bought", "buy", "picked", "grabbed", "purchased", "get", "compre", "compramos")
	workVerbs    = textmatch.NewSet("work", "works", "working", "worked", "trabajo", "trabaja", "trabajamos", "employed")
	workWords    = textmatch.NewSet("work", "shift", "shifts", "job", "break", "breaks", "trabajo", "turno", "chamba", "clocked", "manager").Gated()
	atWord       = textmatch.NewSet("at")
)

// integrationWords say a tool is to be connected to, not replaced.
var integrationWords = textmatch.NewSet("sync", "syncs", "syncing", "integrate", "integrates", "integration", "integrations",
	"connect", "connects", "connector", "connecting", "conecta", "conectar", "integra", "integrar", "integracion", "api", "plugin",
	"import", "export", "plugs", "plug", "compatible", "compatibility").Gated()

// integrates reports words of connecting tools in t: "does yours sync
// with it", "does yours play nice with those?".
func integrates(t textmatch.Text) bool {
	if t.HasAny(integrationWords) {
		return true
	}
	_, ok := integrationPhrases.First(t, nil)
	return ok
}

var integrationPhrases = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "works with", Pattern: "play|plays nice|well|nicely with / compatible with / work|works with those|it|them|that|both"},
})
