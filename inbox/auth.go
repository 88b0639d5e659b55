package inbox

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
)

// ErrBadCredentials is returned by an [Authenticator] when the credentials
// do not name a rep of the tenant. The sign-in page shows one message for
// every failure, so it does not tell which part was wrong.
var ErrBadCredentials = errors.New("inbox: bad credentials")

// Credentials are what a rep types on the sign-in page.
type Credentials struct {
	// Tenant is the workspace the rep signs in to (the tenant ID, or a
	// name the host maps to one).
	Tenant   string
	Login    string
	Password string
}

// Rep is a signed-in rep. TenantID scopes every page and action of the
// session: a rep never sees another tenant's data.
type Rep struct {
	TenantID string
	ID       string // the rep ID used by the engine (AssignedTo, RepMessage)
	Name     string // display name; "" shows ID
}

// Authenticator checks a rep's credentials. The host implements it over
// its own user store (and its own password hashing, lockout and
// single-sign-on); [StaticAuthenticator] is a fixed list for examples and
// tests.
//
// Authenticate is called concurrently, once per sign-in attempt, with the
// request's context. It returns the rep, or an error matching
// [ErrBadCredentials] for credentials that do not match, or any other
// error when it could not decide (shown as a server error). The rep's
// TenantID and ID must be non-empty.
type Authenticator interface {
	Authenticate(ctx context.Context, c Credentials) (Rep, error)
}

// AuthenticatorFunc adapts a function to [Authenticator].
type AuthenticatorFunc func(ctx context.Context, c Credentials) (Rep, error)

// Authenticate calls f(ctx, c).
func (f AuthenticatorFunc) Authenticate(ctx context.Context, c Credentials) (Rep, error) {
	return f(ctx, c)
}

// Account is one rep of a [StaticAuthenticator].
type Account struct {
	Rep
	Login    string
	Password string
}

// StaticAuthenticator signs in a fixed list of accounts, for examples,
// demos and tests. Passwords are kept as SHA-256 digests and compared in
// constant time; a production host should use its own user store with a
// slow password hash instead.
type StaticAuthenticator struct {
	accounts map[[2]string]staticAccount // (tenant, login)
	names    map[[2]string]string        // (tenant, rep ID) -> name
	dummy    [32]byte
}

type staticAccount struct {
	rep    Rep
	digest [32]byte
}

// NewStaticAuthenticator returns an authenticator over accounts. Each
// account needs a TenantID, an ID, a Login and a Password; a login may
// appear once per tenant.
func NewStaticAuthenticator(accounts ...Account) (*StaticAuthenticator, error) {
	a := &StaticAuthenticator{accounts: map[[2]string]staticAccount{}, names: map[[2]string]string{}, dummy: sha256.Sum256([]byte("no such account"))}
	for i, acc := range accounts {
		if acc.TenantID == "" || acc.ID == "" || acc.Login == "" || acc.Password == "" {
			return nil, fmt.Errorf("inbox: account %d: TenantID, ID, Login and Password are required", i)
		}
		k := [2]string{acc.TenantID, acc.Login}
		if _, dup := a.accounts[k]; dup {
			return nil, fmt.Errorf("inbox: account %d: login %q appears twice in tenant %q", i, acc.Login, acc.TenantID)
		}
		a.accounts[k] = staticAccount{rep: acc.Rep, digest: sha256.Sum256([]byte(acc.Password))}
		a.names[[2]string{acc.TenantID, acc.ID}] = acc.Name
	}
	return a, nil
}

// Authenticate implements [Authenticator].
func (a *StaticAuthenticator) Authenticate(_ context.Context, c Credentials) (Rep, error) {
	got := sha256.Sum256([]byte(c.Password))
	acc, ok := a.accounts[[2]string{c.Tenant, c.Login}]
	want := acc.digest
	if !ok {
		want = a.dummy // same work whether or not the login exists
	}
	if subtle.ConstantTimeCompare(got[:], want[:]) != 1 || !ok {
		return Rep{}, ErrBadCredentials
	}
	return acc.rep, nil
}

// RepName implements [RepNamer]: the Name of the tenant's account with
// that rep ID.
func (a *StaticAuthenticator) RepName(_ context.Context, tenantID, repID string) (string, bool) {
	name, ok := a.names[[2]string{tenantID, repID}]
	return name, ok
}
