// Command smsserver runs handoffkit as an SMS service: a Twilio-shaped
// webhook feeds the engine, a Dispatcher delivers what it queues, and reps
// work the Hot inbox in a browser. One binary, one database file.
//
//	go run ./examples/smsserver                       # SQLite in ./handoff.db, console sender
//	go run ./examples/smsserver -db /var/lib/hk.db    # another SQLite file
//	go run ./examples/smsserver -dsn postgres://...   # PostgreSQL instead
//
// Then open http://127.0.0.1:8080/inbox/ and sign in to workspace "demo"
// as dana / dana (see -reps). Routes:
//
//	POST /twilio/sms      inbound messages (Twilio's "A message comes in" webhook)
//	POST /twilio/status   status callbacks (delivered, failed, 21610 opt-outs)
//	GET  /healthz         200 when the database answers, 503 otherwise or while stopping
//	     /inbox/          the Hot inbox
//
// Twilio. With TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or
// TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET with the account SID) set,
// texts go out through Twilio's Messages API from the number the lead
// wrote to (TWILIO_FROM when a conversation has none), and webhooks must
// be signed with TWILIO_AUTH_TOKEN. Set -public-url to the base URL Twilio
// calls (https://sms.example.com), because the signature covers it.
//
// Without credentials nothing leaves the machine: texts are printed to
// stdout (the console sender), and webhooks must be signed with the
// development account printed at start. The sign command prints a curl
// command for a signed inbound message:
//
//	go run ./examples/smsserver sign From=+12125550142 To=+12125550100 Body='can you just call me'
//
// On SIGINT or SIGTERM the server stops accepting requests, finishes the
// ones in flight, lets the Dispatcher finish its deliveries and sends what
// is due (bounded by -drain), then closes the database.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver, for -dsn
	_ "modernc.org/sqlite"             // the pure-Go SQLite driver, the default

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/inbox"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// The development account: webhooks are signed with it when no Twilio
// credentials are set. Not a secret; it only works with the console sender.
const (
	devAccountSID = "AC00000000000000000000000000000000"
	devAuthToken  = "handoffkit-development-token"
)

// team is the team's queue (handoff.Config.Team): the To of the rep
// notifications no one rep holds, an unassigned or escalated handoff and a
// possible opt-out waiting for a person.
const team = "team"

// config is everything the server needs; main fills it from flags and the
// environment, tests build it directly.
type config struct {
	DBPath    string // SQLite file; used when DSN is empty
	DSN       string // PostgreSQL connection string
	PublicURL string // the base URL Twilio calls, without a trailing slash
	Tenant    string
	Business  string
	Reps      string // login:password:Name, comma-separated
	// SessionKey signs inbox sessions; nil means a random key (every rep
	// is signed out at restart).
	SessionKey []byte
	Twilio     twilioEnv
	QuietHours dnc.QuietHours
	Drain      time.Duration // how long shutdown may spend delivering what is due
	PollEvery  time.Duration // the inbox pages' live-update interval
	Stdout     io.Writer     // the console sender's output
	Logger     *slog.Logger
}

// twilioEnv are the Twilio settings read from the environment.
type twilioEnv struct {
	AccountSID   string
	AuthToken    string
	APIKeySID    string
	APIKeySecret string
	From         string
	APIBase      string // "" means Twilio's
}

// configured reports whether real credentials are set.
func (t twilioEnv) configured() bool {
	return t.AccountSID != "" && (t.AuthToken != "" || (t.APIKeySID != "" && t.APIKeySecret != ""))
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "sign" {
		if err := signCommand(os.Args[2:], os.Stdout); err != nil {
			log.Fatal(err)
		}
		return
	}
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	cfg := config{Stdout: os.Stdout}
	flag.StringVar(&cfg.DBPath, "db", "handoff.db", "SQLite database file (created if missing)")
	flag.StringVar(&cfg.DSN, "dsn", "", "PostgreSQL connection string; when set, -db is not used")
	flag.StringVar(&cfg.PublicURL, "public-url", "", "base URL Twilio calls, e.g. https://sms.example.com (default http://ADDR)")
	flag.StringVar(&cfg.Tenant, "tenant", "demo", "the tenant (workspace) this server serves")
	flag.StringVar(&cfg.Business, "business", "Maple Key Home Buyers", "business name used in bridge texts")
	flag.StringVar(&cfg.Reps, "reps", "dana:dana:Dana Whitfield,sam:sam:Sam Ortiz", "inbox accounts and routing pool: login:password:Name,...")
	quiet := flag.String("quiet-hours", "8-21", "hours (lead's local time) automated texts may go out, START-END")
	flag.DurationVar(&cfg.Drain, "drain", 10*time.Second, "on shutdown, how long to keep delivering texts already due")
	flag.Parse()
	var err error
	if cfg.QuietHours, err = parseQuietHours(*quiet); err != nil {
		log.Fatal(err)
	}
	if cfg.PublicURL == "" {
		cfg.PublicURL = "http://" + *addr
	}
	if k := os.Getenv("INBOX_SESSION_KEY"); k != "" {
		cfg.SessionKey = []byte(k)
	}
	cfg.Twilio = twilioEnv{AccountSID: os.Getenv("TWILIO_ACCOUNT_SID"), AuthToken: os.Getenv("TWILIO_AUTH_TOKEN"),
		APIKeySID: os.Getenv("TWILIO_API_KEY_SID"), APIKeySecret: os.Getenv("TWILIO_API_KEY_SECRET"),
		From: os.Getenv("TWILIO_FROM"), APIBase: os.Getenv("TWILIO_API_BASE")}
	cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	a, err := newApp(ctx, cfg)
	if err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		a.close()
		log.Fatal(err)
	}
	cfg.Logger.Info("smsserver: listening", "inbox", cfg.PublicURL+"/inbox/", "webhook", cfg.PublicURL+"/twilio/sms",
		"store", a.storeName, "sender", a.senderName)
	if err := a.serve(ctx, ln); err != nil {
		log.Fatal(err)
	}
}

func parseQuietHours(s string) (dnc.QuietHours, error) {
	var q dnc.QuietHours
	if _, err := fmt.Sscanf(s, "%d-%d", &q.Start, &q.End); err != nil {
		return q, fmt.Errorf("-quiet-hours %q: want START-END, e.g. 8-21", s)
	}
	return q, q.Validate()
}

// app is the wired server: store, engine, dispatcher and routes.
type app struct {
	cfg        config
	handler    http.Handler
	engine     *handoff.Engine
	dispatcher *handoff.Dispatcher
	db         *sql.DB
	close      func()
	stopping   atomic.Bool
	storeName  string
	senderName string
}

func newApp(ctx context.Context, cfg config) (*app, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Stdout == nil {
		cfg.Stdout = io.Discard
	}
	if cfg.QuietHours == (dnc.QuietHours{}) {
		cfg.QuietHours = dnc.QuietHours{Start: 8, End: 21}
	}
	cfg.PublicURL = strings.TrimSuffix(cfg.PublicURL, "/")
	pub, err := url.Parse(cfg.PublicURL)
	if err != nil || (pub.Scheme != "http" && pub.Scheme != "https") || pub.Host == "" {
		return nil, fmt.Errorf("public URL %q must be http(s)://host[:port]", cfg.PublicURL)
	}
	accounts, pool, err := parseReps(cfg.Tenant, cfg.Reps)
	if err != nil {
		return nil, err
	}
	a := &app{cfg: cfg}
	st, err := a.openStore(ctx)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			a.close()
		}
	}()
	// The rotation lives in the database, so every instance shares it and
	// a restart does not send the next handoff to the first rep again.
	router, err := route.New(&route.Config{Reps: pool, Sequencer: handoff.StoreSequencer(st)})
	if err != nil {
		return nil, err
	}
	a.engine, err = handoff.NewEngine(st, &handoff.Config{
		Voice:  bridge.Voice{BusinessName: cfg.Business, PartnerWord: "my partner"},
		Router: router,
		Team:   team,
		Logger: cfg.Logger,
	})
	if err != nil {
		return nil, err
	}

	// The webhook: signed with the account's token; the account is the
	// one tenant this server serves.
	account, token := devAccountSID, devAuthToken
	var sender handoff.Sender
	var notifier handoff.Notifier
	if cfg.Twilio.configured() {
		account, token = cfg.Twilio.AccountSID, cfg.Twilio.AuthToken
		sender, err = twilio.NewSender(&twilio.SenderConfig{AccountSID: cfg.Twilio.AccountSID, AuthToken: cfg.Twilio.AuthToken,
			APIKeySID: cfg.Twilio.APIKeySID, APIKeySecret: cfg.Twilio.APIKeySecret, From: cfg.Twilio.From,
			StatusCallback: cfg.PublicURL + "/twilio/status", BaseURL: cfg.Twilio.APIBase, Logger: cfg.Logger})
		if err != nil {
			return nil, err
		}
		a.senderName = "twilio"
		if token == "" {
			cfg.Logger.Warn("smsserver: TWILIO_AUTH_TOKEN is not set: webhooks cannot be verified and will be refused")
		}
	} else {
		c := &console{w: cfg.Stdout}
		sender, notifier = c, c
		a.senderName = "console"
		cfg.Logger.Info("smsserver: no Twilio credentials: texts print to stdout; sign webhooks with the development account",
			"account_sid", devAccountSID, "auth_token", devAuthToken)
	}
	hook := &twilio.WebhookConfig{
		PublicURL:  cfg.PublicURL,
		AuthTokens: twilio.Tokens{account: nonEmpty(token)},
		Tenant: func(_ context.Context, p twilio.TenantParams) (string, error) {
			if p.AccountSID != account {
				return "", twilio.ErrUnknownTenant
			}
			return cfg.Tenant, nil
		},
		Logger: cfg.Logger,
	}
	inbound, err := twilio.NewInboundHandler(a.engine, hook)
	if err != nil {
		return nil, err
	}
	status, err := twilio.NewStatusHandler(a.engine, hook)
	if err != nil {
		return nil, err
	}
	a.dispatcher, err = handoff.NewDispatcher(a.engine, &handoff.DispatcherConfig{Sender: sender, Notifier: notifier,
		QuietHours: cfg.QuietHours})
	if err != nil {
		return nil, err
	}

	key := cfg.SessionKey
	if key == nil {
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, err
		}
	}
	auth, err := inbox.NewStaticAuthenticator(accounts...)
	if err != nil {
		return nil, err
	}
	ib, err := inbox.New(a.engine, &inbox.Config{Auth: auth, SessionKey: key, BasePath: "/inbox",
		InsecureCookies: pub.Scheme == "http", PollInterval: cfg.PollEvery, Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}

	mux := http.NewServeMux()
	mux.Handle("POST /twilio/sms", inbound)
	mux.Handle("POST /twilio/status", status)
	mux.HandleFunc("GET /healthz", a.healthz)
	mux.Handle("/inbox/", ib)
	mux.Handle("/inbox", ib)
	mux.Handle("GET /{$}", http.RedirectHandler("/inbox/", http.StatusSeeOther))
	a.handler = mux
	ok = true
	return a, nil
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// parseReps reads "login:password:Name,..." into inbox accounts and the
// routing pool.
func parseReps(tenant, s string) ([]inbox.Account, []route.Rep, error) {
	var accs []inbox.Account
	var pool []route.Rep
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		parts := strings.SplitN(item, ":", 3)
		if len(parts) < 2 || parts[0] == "" || parts[1] == "" {
			return nil, nil, fmt.Errorf("-reps: %q is not login:password[:Name]", item)
		}
		name := parts[0]
		if len(parts) == 3 && parts[2] != "" {
			name = parts[2]
		}
		accs = append(accs, inbox.Account{Rep: inbox.Rep{TenantID: tenant, ID: parts[0], Name: name}, Login: parts[0], Password: parts[1]})
		pool = append(pool, route.Rep{ID: parts[0], Name: name})
	}
	if len(accs) == 0 {
		return nil, nil, errors.New("-reps: no rep")
	}
	return accs, pool, nil
}

// openStore opens PostgreSQL when a DSN is set, else the SQLite file, and
// migrates it. a.close closes whatever it opened.
func (a *app) openStore(ctx context.Context) (*sqlstore.Store, error) {
	var st *sqlstore.Store
	var dbs []*sql.DB
	a.close = func() {
		if st != nil {
			_ = st.Close()
		}
		for _, db := range dbs {
			_ = db.Close()
		}
	}
	open := func(driver, dsn string) (*sql.DB, error) {
		db, err := sql.Open(driver, dsn)
		if err == nil {
			dbs = append(dbs, db)
		}
		return db, err
	}
	var err error
	if a.cfg.DSN != "" {
		a.storeName = "postgres"
		if a.db, err = open("pgx", a.cfg.DSN); err == nil {
			st, err = sqlstore.New(sqlstore.Postgres, a.db, &sqlstore.Config{Logger: a.cfg.Logger})
		}
	} else {
		// One writer connection and a reader pool on the same file.
		a.storeName = "sqlite:" + a.cfg.DBPath
		var writer *sql.DB
		if writer, err = open("sqlite", sqlstore.SQLiteDSN(a.cfg.DBPath)); err == nil {
			if a.db, err = open("sqlite", sqlstore.SQLiteDSN(a.cfg.DBPath)); err == nil {
				st, err = sqlstore.New(sqlstore.SQLite, writer, &sqlstore.Config{Reader: a.db, Logger: a.cfg.Logger})
			}
		}
	}
	if err == nil {
		if err = st.Migrate(ctx); err != nil {
			err = fmt.Errorf("migrate %s: %w", a.storeName, err)
		}
	}
	if err != nil {
		a.close()
		return nil, err
	}
	return st, nil
}

// healthz answers 200 while the database answers and the server is not
// stopping.
func (a *app) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if a.stopping.Load() {
		http.Error(w, "stopping", http.StatusServiceUnavailable)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := a.db.PingContext(ctx); err != nil {
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	_, _ = io.WriteString(w, "ok\n")
}

// serve runs the HTTP server on ln and the Dispatcher until ctx ends,
// then shuts down gracefully: stop accepting and finish the requests in
// flight, stop the Dispatcher (it finishes its deliveries in flight),
// deliver what is due within cfg.Drain, close the database.
func (a *app) serve(ctx context.Context, ln net.Listener) error {
	defer a.close()
	srv := &http.Server{Handler: a.handler, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute,
		ErrorLog: slog.NewLogLogger(a.cfg.Logger.Handler(), slog.LevelWarn)}
	runCtx, stopRun := context.WithCancel(context.WithoutCancel(ctx))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = a.dispatcher.Run(runCtx)
	}()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	a.stopping.Store(true)
	a.cfg.Logger.Info("smsserver: stopping: no new requests, finishing the ones in flight")
	shutCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if serr := srv.Shutdown(shutCtx); serr != nil && err == nil {
		err = serr
	}
	stopRun()
	wg.Wait()
	if a.cfg.Drain > 0 {
		drainCtx, cancel := context.WithTimeout(context.Background(), a.cfg.Drain)
		n, derr := a.dispatcher.RunOnce(drainCtx)
		cancel()
		a.cfg.Logger.Info("smsserver: drained the outbox", "handled", n, "err", derr)
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// console is the Sender and Notifier used without Twilio credentials:
// texts and rep notifications are printed, nothing leaves the machine.
type console struct {
	mu sync.Mutex
	w  io.Writer
	n  int
}

func (c *console) Send(_ context.Context, d handoff.Delivery) (handoff.SendResult, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	fmt.Fprintf(c.w, "[sms %s] to %s from %s: %s\n", d.Item.Kind, d.Item.To, d.Conversation.Line, d.Body)
	return handoff.SendResult{ProviderID: fmt.Sprintf("SMconsole%06d", c.n)}, nil
}

func (c *console) Notify(_ context.Context, n handoff.Notification) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	to := n.Item.To // the rep's ID, or the team's queue when no rep holds it
	if to == team {
		to = "the team"
	}
	fmt.Fprintf(c.w, "[notify %s]\n  %s\n", to, strings.ReplaceAll(n.Brief.Text(), "\n", "\n  "))
	return nil
}
