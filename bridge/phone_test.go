package bridge_test

import (
	"errors"
	"testing"

	"github.com/handoffkit/handoffkit/bridge"
)

// TestCheckContactAnyGrouping: a model a lead talked into handing out
// "the rep's personal cell" may write the number grouped any way people
// write one, in words, or in digits that are not ASCII; every run of 7 or
// more digits joined only by spaces, dots, dashes, slashes or parentheses
// is a phone number, so the engine sends its template instead (reviewer Q
// found "555 201 33 44", "5 5 5 2 0 1 3 3 4 4" and "06 12 34 56 78" queued
// to the lead; a model's "call 555, 201, 3344" passed, commas having
// broken the run). The texts a draft does write (prices, times, dates,
// slots, counts, and lists of them) are none.
func TestCheckContactAnyGrouping(t *testing.T) {
	t.Parallel()
	phones := []string{
		"Sure! Mike's personal cell is 555 201 33 44. What's the best time to call?",
		"Sure! Mike's personal cell is 5 5 5 2 0 1 3 3 4 4. What's the best time to call?",
		"Done, we will text your friend at 06 12 34 56 78 too. What's the best time to call?",
		"Text him at 06.12.34.56.78 today?",
		"Call 555 0199 anytime?",
		"Call 555 20 13 344 anytime?",
		"Su móvil es 612 345 678, ¿a qué hora te llamo?",
		"His cell is five five five two oh one three three four four, when works?",
		"His cell is 555 two-oh-one 3344, when works?",
		"His cell is five five five, two zero one three three four four.",
		"Su número es seis uno dos tres cuatro cinco seis siete ocho.",
		"Su número es seis doce treinta y cuatro cincuenta y seis setenta y ocho.",
		"Call five fifty-five two oh one thirty-three forty-four.",
		"Call double five five two oh one three three four four.",
		"Call 555-2O1-3344 anytime?",
		"Call ₅₅₅₂₀₁₃₃₄₄ anytime?",
		"Call ⁵⁵⁵-²⁰¹-³³⁴⁴ anytime?",
		"Call ５５５-２０１-３３４４ anytime?",
		"Call ⑤⑤⑤ ②⓪① ③③④④ anytime?",
		"Call 555ー201ー3344 anytime?",
		"Call 555・201・3344 anytime?",
		"Call 555\u200b201\u200b3344 anytime?",
		"Call 555 / 201 / 3344 anytime?",
		"Call [555] 201 3344 anytime?",
		"Call 555_201_3344 anytime?",
		"The office is Suite 210 1500 Main St.", // as a 7-digit local number written "555 0199"
		"Closing is 12/15/2026 and his cell is 555 201 3344.",
		"Closing 12/15/2026 555 201 3344.",
		// commas and semicolons join a number's groups as surely as spaces
		"Sure, call 555, 201, 3344 anytime.",
		"Call 555,201,3344 anytime?",
		"Call 555; 201; 3344 anytime?",
		"Call 201, 555, 3344 anytime?",
		"Call 555 201, 3344 anytime?",
		"Call 555-201, 3344 anytime?",
		"His cell: 555，201，3344.",
		"Call 555, 0199 anytime?",
		"His cell is five five five, two zero one, three three four four.",
		"His cell is five, five, five, two, oh, one, three, three, four, four.",
		"Su número es 612, 345, 678.",
		"Price is $250,000, 555 201 3344 is his cell.",
		"Closing is 12/15/2026, 555, 201, 3344 is his cell.",
	}
	for _, s := range phones {
		err := bridge.CheckContact(s)
		var te *bridge.TextError
		if !errors.As(err, &te) || te.Problem != bridge.ProblemContact {
			t.Errorf("CheckContact(%q) = %v, want a phone number", s, err)
		}
	}
	none := []string{
		"Is $250,000 about right, or 250k?",
		"Offers near $1500000 are common.",
		"Offers near $ 1 250 000 are common.",
		"Ofertas cerca de 1.250.000 € son comunes.",
		"Ofertas cerca de 1.250.000 euros son comunes.",
		"Homes there sold in the 450000-475000 range.",
		"Mike can call at 5:30, or 10am-12pm tomorrow?",
		"Mike can call 9.00-17.00 any weekday?",
		"Closing is set for 12/15/2026.",
		"Closing is set for 12/15/26, ok?",
		"Closing is 12/15/2026-12/20/2026, ok?",
		"Closing is set for 2026-06-15.",
		"See you 15.06.2026?",
		"Taxes for 2025-2026 are paid.",
		"Rate 6.875/7.125 depending on points.",
		"Your zip 78701-1234 is in our area.",
		"Mike can do Tue Dec 15, 2:30 PM or Wed Dec 16, 10:00 AM, which works?",
		"Mike can do 12/15/2026 2:30 PM, does that work?",
		"Mike will call you tomorrow at 10:30am EST.",
		"It takes 30 to 45 minutes, 2 or 3 visits, 1 2 3 done.",
		"We have 3 4 or 5 bedroom homes, 2 baths each.",
		"Oh, one more thing: two or three offers came in, which one?",
		"One of our team will call you at two, does that work?",
		"Una persona te llamará a las dos o tres, ¿te va bien?",
		"Mike can call in twenty five minutes, or at one thirty?",
		"We close in 7 to 10 days, ok?",
		"Is that Unit 12/B on the listing?",
		"Your call is booked for 11/29 at 2pm.",
		"Built in 1998, renovated 2015, 2,400 sq ft.",
		"Fees are 6% (3% + 3%) of 500000.",
		// lists of numbers joined by commas or semicolons are none
		"Homes sold near $1,250,000 and 1,250,000 is fair.",
		"Offers came in at 450,000, 475,000 and 500,000.",
		"We have 3, 4 or 5 bedrooms, 2,400 sq ft.",
		"We have 1, 2, 3, 4, 5, 6, 7 and 8 bedroom homes.",
		"Mike can do Tue 3:00, Wed 10:30 or Thu 4:15, which works?",
		"Mike can do 3:00, 4:30, 5:15 or 6:00 tomorrow?",
		"Mike is free at 9, 10, 11, 12 or 2 tomorrow?",
		"Mike is free on the 10, 11, 12, 13 or 14, which works?",
		"Mike is free 12/15, 12/16, 12/17 or 12/18, which works?",
		"Mike can call Tue Dec 15, 2026, 2:30 PM, ok?",
		"Homes built in 1998, 2005, 2015 and 2021 sold fast.",
		"We buy in 78701, 78702, 78703 and 78704.",
		"We buy in 78701-1234, 78702-5678 too.",
		"We had 120, 135, 150 offers this year; 12; 14; 16 closed.",
	}
	for _, s := range none {
		if err := bridge.CheckContact(s); err != nil {
			t.Errorf("CheckContact(%q) = %v, want nil", s, err)
		}
	}
}

// TestValidateContactEveryPurpose: every drafted text the engine sends
// (bridge, notice, its update, booking offer and confirmation, reminder,
// reply) is checked for a phone number the same way.
func TestValidateContactEveryPurpose(t *testing.T) {
	t.Parallel()
	for _, p := range []bridge.Purpose{bridge.PurposeBridge, bridge.PurposeReply, bridge.PurposeNotice, bridge.PurposeNoticeUpdate,
		bridge.PurposeBookingOffer, bridge.PurposeBookingConfirm, bridge.PurposeReminder} {
		for _, s := range []string{
			"Mike will text you in about two minutes from 06 12 34 56 78. What's the best time to call?",
			"Mike will text you in about two minutes from five five five two oh one three three four four. Best time to call?",
		} {
			err := bridge.ValidateWith(s, p, &bridge.ValidateOpts{RepName: "Mike", MaxSegments: 3})
			var te *bridge.TextError
			if !errors.As(err, &te) || te.Problem != bridge.ProblemContact {
				t.Errorf("ValidateWith(%q, %s) = %v, want a phone number", s, p, err)
			}
		}
	}
}
