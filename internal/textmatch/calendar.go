package textmatch

// The names of days and months, English and Spanish, for the rules that
// read a date. A rule's own set is a [Union] of these and its own words,
// so that the lists are written once; the abbreviations are apart
// because some are words too ("sun", "sat", "mar"), and a rule that
// cannot tell them from the word leaves them out.
var (
	// Weekdays are the English days, spelled out.
	Weekdays = NewSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	// WeekdayAbbrevs are their short forms ("tues", "thurs").
	WeekdayAbbrevs = NewSet("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")
	// Dias are the Spanish days, without accents (as normalised).
	Dias = NewSet("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")
	// Months are the English months, spelled out.
	Months = NewSet("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december")
	// MonthAbbrevs are their short forms ("sept").
	MonthAbbrevs = NewSet("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	// Meses are the Spanish months.
	Meses = NewSet("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
		"noviembre", "diciembre")
)
