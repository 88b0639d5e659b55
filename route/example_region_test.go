package route_test

import (
	"fmt"

	"github.com/handoffkit/handoffkit/route"
)

func ExampleRegionFromPhone() {
	for _, n := range []string{"+15125550142", "+14165550199", "+18005550100"} {
		r, ok := route.RegionFromPhone(n)
		fmt.Printf("%s %q %v\n", n, r, ok)
	}
	// Output:
	// +15125550142 "TX" true
	// +14165550199 "ON" true
	// +18005550100 "" false
}
