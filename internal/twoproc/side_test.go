package twoproc_test

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"slices"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/internal/pgxlisten"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// A side is one OS process of the two: an Engine and a Dispatcher on the
// shared database, a driver running its share of the trials, and a log of
// what its Sender received and when its silencing calls returned. The log
// lines are:
//
//	S <unix ns> <conversation> <to> <kind>   a Sender call began
//	C <unix ns> <conversation> <phone>       a silencing call on the conversation returned
//	A <unix ns> <conversation> <to>          an opt-out reaching texts to <to> returned
//	Q <unix ns> <conversation> <unix ns>     an AI text's call began, and returned committed (latency runs)
//	O <unix ns> <unix ns> <conversation> <body>  a Sender call began and ended (order runs)
//	P <unix ns> <conversation> <outcome>     a STOP's Receive returned (stops runs)
type sideConfig struct {
	Dialect  sqlstore.Dialect
	DSN      string // SQLite file path or PostgreSQL URL
	Log      string // path of this side's log
	Name     string // "a" or "b": prefixes conversation IDs
	Trials   int    // per trial kind
	Workers  int
	Mode     string // "race", "latency-send" (dispatch only), "latency-queue" (queue only), "latency-both", "order", "hold", "stops", "tenant", "held-receive", "held-book" or "held-linked"
	Deadline time.Time
	// Conversations are the ones an order run delivers (queued before
	// the run): it ends when none has an open item, or at Deadline. A
	// stops run sends STOP on each, the i-th at At plus i times
	// StopEvery (and a jitter under 3 ms), without dispatching.
	Conversations []string
	At            time.Time
	StopEvery     time.Duration
	// Hold: a hold run dispatches until its Sender has been handed a text
	// of one of these kinds, holds that call until the file Release
	// exists, and ends once the text is settled.
	Hold    []store.OutboxKind
	Release string
	// Tenant: a tenant run dispatches only this tenant's items, with its
	// own Engine (platformEngine), until the file Release exists and
	// none of the tenant's items is open, or Deadline.
	Tenant string
	// Body: a held-receive run receives it on Conversations[0], held
	// between its snapshot read and its commit (heldReceiveSide): it
	// creates the file Blocked and waits for Release.
	Body    string
	Blocked string
	// Start: a held-book run books Conversations[0]'s meeting at Start
	// (Engine.BookMeeting), or, with Body set, receives the lead's Body
	// there, held before its commit as a held-receive run is, on a
	// calendar that books in the commit, or on one that books outside it
	// when Remote (see heldBookSide).
	Start  time.Time
	Remote bool
	// Call: a held-linked run makes this call on Conversations[0], held
	// at its store's Tx method HoldAt (after it when HoldAfter), and then
	// an AI text there (see heldLinkedSide); Phone and Email are the
	// lead's addresses it gives.
	Call         string
	HoldAt       string
	HoldAfter    bool
	Phone, Email string
}

// side runs one process's part and returns when its trials are done and
// its dispatcher has drained.
func side(cfg sideConfig) error {
	switch cfg.Mode {
	case "tenant":
		return tenantSide(cfg)
	case "held-receive":
		return heldReceiveSide(cfg)
	case "held-book":
		return heldBookSide(cfg)
	case "held-linked":
		return heldLinkedSide(cfg)
	}
	ctx := context.Background()
	st, closeDB, err := openStore(cfg.Dialect, cfg.DSN)
	if err != nil {
		return err
	}
	defer closeDB()
	logf, err := os.Create(cfg.Log)
	if err != nil {
		return err
	}
	defer logf.Close()
	lg := &logger{w: bufio.NewWriter(logf)}
	defer lg.flush()

	e, err := handoff.NewEngine(st, &handoff.Config{DraftTimeout: time.Second})
	if err != nil {
		return err
	}
	held := make(chan store.OutboxItem, 1)
	sender := handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
		began := time.Now().UnixNano()
		lg.line("S %d %s %s %s", began, d.Item.ConversationID, d.Item.To, d.Item.Kind)
		switch cfg.Mode {
		case "race":
			time.Sleep(time.Millisecond) // a provider's round trip: silencing calls land mid-send
		case "order":
			time.Sleep(2 * time.Millisecond)
			lg.line("O %d %d %s %s", began, time.Now().UnixNano(), d.Item.ConversationID, d.Body)
		case "hold":
			if slices.Contains(cfg.Hold, d.Item.Kind) {
				if err := fileAppears(ctx, cfg.Release); err != nil {
					return handoff.SendResult{}, err
				}
				select {
				case held <- d.Item:
				default:
				}
			}
		}
		return handoff.SendResult{ProviderID: "SM" + d.Item.ID}, nil
	})
	dcfg := &handoff.DispatcherConfig{Sender: sender, Concurrency: 4, PollInterval: 5 * time.Millisecond,
		QuietHours: dnc.QuietHours{Start: 0, End: 24}, SendTimeout: 5 * time.Second, Lease: 10 * time.Second}
	switch cfg.Mode {
	case "order":
		// Small batches spread a conversation's texts over both processes.
		dcfg.Concurrency, dcfg.BatchSize, dcfg.BackoffBase = 1, 2, 20*time.Millisecond
	case "hold":
		// The held call lasts as long as the other process takes to act.
		dcfg.SendTimeout, dcfg.Lease = time.Until(cfg.Deadline), 2*time.Until(cfg.Deadline)
	}
	d, err := handoff.NewDispatcher(e, dcfg)
	if err != nil {
		return err
	}
	dctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	if cfg.Mode != "latency-queue" && cfg.Mode != "stops" {
		go func() { done <- d.Run(dctx) }()
	} else {
		done <- nil
	}
	var runErr error
	switch cfg.Mode {
	case "race":
		runErr = drive(ctx, e, lg, cfg)
	case "latency-queue", "latency-both":
		runErr = queueForLatency(ctx, e, lg, cfg)
	case "order":
		runErr = drained(ctx, st, cfg)
	case "hold":
		runErr = heldSettled(ctx, st, held, cfg)
	case "stops":
		runErr = stops(ctx, e, lg, cfg)
	}
	// Let both dispatchers drain what the trials queued.
	for cfg.Mode != "order" && cfg.Mode != "hold" && cfg.Mode != "stops" && time.Now().Before(cfg.Deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	stop()
	if err := <-done; err != nil && runErr == nil {
		runErr = err
	}
	return runErr
}

func openStore(dialect sqlstore.Dialect, dsn string) (store.Store, func(), error) {
	return openStoreLogged(dialect, dsn, nil)
}

// openStoreLogged is openStore with the Store's retry notices sent to
// logger (nil discards them).
func openStoreLogged(dialect sqlstore.Dialect, dsn string, logger *slog.Logger) (store.Store, func(), error) {
	driver, conn := "pgx", dsn
	if dialect == sqlstore.SQLite {
		driver, conn = "sqlite", sqlstore.SQLiteDSN(dsn)
	}
	w, err := sql.Open(driver, conn)
	if err != nil {
		return nil, nil, err
	}
	// A minute of SQLITE_BUSY retries instead of the default ten seconds.
	// The stops runs fire on a clock, not on the last one's return, so a
	// STOP can queue behind this process's own writes; the Store no longer
	// counts that queue (store/sqlstore's
	// TestBusyTimeoutCountsOnlyTheOtherProcessesLock). But on a machine
	// loaded twenty times over its cores (load average 41 on two, other
	// developers' tests), STOPs still met the other process's lock for ten
	// seconds and returned SQLITE_BUSY, as BusyTimeout documents. The
	// tests are about what two processes commit, not how long a lock is
	// waited for; a provider would retry the webhook anyway.
	cfg := &sqlstore.Config{BusyTimeout: time.Minute, Logger: logger}
	var r *sql.DB
	if dialect == sqlstore.SQLite {
		if r, err = sql.Open(driver, conn); err != nil {
			return nil, nil, err
		}
		cfg.Reader = r
	} else {
		cfg.Listener = pgxlisten.Listener{URL: dsn}
	}
	st, err := sqlstore.New(dialect, w, cfg)
	if err != nil {
		return nil, nil, err
	}
	closeAll := func() {
		st.Close()
		w.Close()
		if r != nil {
			r.Close()
		}
	}
	return st, closeAll, st.Migrate(context.Background())
}

type logger struct {
	mu sync.Mutex
	w  *bufio.Writer
}

func (l *logger) line(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, format+"\n", args...)
}

func (l *logger) flush() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.w.Flush()
}

// drive runs this side's trials with cfg.Workers workers: rep messages
// racing queued AI replies, STOPs racing a handoff-firing message on the
// same conversation, STOPs racing one on a sibling with the same phone,
// and STOPs in one of a lead's conversations racing one in the other when
// they share only the email (an email-only chat and an SMS conversation
// with the phone and that email, each way round).
func drive(ctx context.Context, e *handoff.Engine, lg *logger, cfg sideConfig) error {
	jobs := make(chan int)
	errs := make(chan error, cfg.Workers)
	var wg sync.WaitGroup
	for w := range cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), uint64(len(cfg.Name))))
			for i := range jobs {
				if err := trial(ctx, e, lg, cfg.Name, i, rng); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for i := range trialKinds * cfg.Trials {
		select {
		case jobs <- i:
		case err := <-errs:
			close(jobs)
			wg.Wait()
			return err
		}
	}
	close(jobs)
	wg.Wait()
	select {
	case err := <-errs:
		return err
	default:
		return nil
	}
}

const tenant = "t"

// trialKinds is the number of kinds of trial drive runs.
const trialKinds = 5

// trial runs trial i: kind i%trialKinds.
func trial(ctx context.Context, e *handoff.Engine, lg *logger, name string, i int, rng *rand.Rand) error {
	id := fmt.Sprintf("%s%06d", name, i)
	base := 0
	if name == "b" {
		base = 5_000_000
	}
	phone := fmt.Sprintf("+1212%07d", base+i)
	start := func(id string) error {
		_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Name: "Dana", Phone: phone}})
		return err
	}
	if err := start(id); err != nil {
		return err
	}
	jitter := func() { time.Sleep(time.Duration(rng.IntN(1500)) * time.Microsecond) }
	switch i % trialKinds {
	case 0: // a rep message races queued AI replies
		for _, body := range []string{"AI: still there?", "AI: any questions?"} {
			if _, err := e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: id, Body: body, Send: true}); err != nil {
				return err
			}
		}
		jitter()
		if _, err := e.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: id, RepID: "r", Body: "Sarah here"}); err != nil {
			return err
		}
		lg.line("C %d %s %s", time.Now().UnixNano(), id, phone)
		return nil
	case 1: // a STOP races a handoff-firing message on the same conversation
		return racingStop(ctx, e, lg, id, id, phone, jitter)
	case 2: // a STOP races a handoff-firing message on a sibling
		sib := id + "s"
		if err := start(sib); err != nil {
			return err
		}
		return racingStop(ctx, e, lg, sib, id, phone, jitter)
	default: // the lead's email-only chat and its SMS conversation (phone and email)
		chat, email := id+"w", "dana."+id+"@example.com"
		if _, err := e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: tenant, ConversationID: id, Email: &email}); err != nil {
			return err
		}
		if _, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: chat, Channel: store.ChannelChat,
			Line: "web-widget", Lead: store.Lead{Name: "Dana", Email: email}}); err != nil {
			return err
		}
		if i%trialKinds == 3 { // STOP in the chat; the SMS conversation's texts go to the phone
			return racingStop(ctx, e, lg, id, chat, phone, jitter)
		}
		return racingStop(ctx, e, lg, chat, id, "chat:"+chat, jitter) // the chat's go to the chat
	}
}

// racingStop sends "call me" on fire and STOP on stopOn concurrently, and
// logs when the STOP returned, with the address fire's texts go to (to).
func racingStop(ctx context.Context, e *handoff.Engine, lg *logger, fire, stopOn, to string, jitter func()) error {
	var wg sync.WaitGroup
	var fireErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, fireErr = e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: fire, Body: "can someone just call me please"})
	}()
	jitter()
	out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: stopOn, Body: "STOP"})
	if err != nil {
		return err
	}
	if out.Kind == handoff.OutcomeOptedOut {
		lg.line("A %d %s %s", time.Now().UnixNano(), stopOn, to)
	}
	wg.Wait()
	return fireErr
}

// queueForLatency queues one AI text every 5 ms on fresh conversations and
// logs when each commit returned; the other process's dispatcher sends them.
func queueForLatency(ctx context.Context, e *handoff.Engine, lg *logger, cfg sideConfig) error {
	for i := range cfg.Trials {
		id := fmt.Sprintf("q%06d", i)
		if _, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id,
			Lead: store.Lead{Phone: fmt.Sprintf("+1415%07d", i)}}); err != nil {
			return err
		}
		began := time.Now().UnixNano()
		if _, err := e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: id, Body: "hello", Send: true}); err != nil {
			return err
		}
		lg.line("Q %d %s %d", began, id, time.Now().UnixNano())
		time.Sleep(5 * time.Millisecond)
	}
	return nil
}

// drained returns when no conversation of cfg has an open outbox item,
// or an error at cfg.Deadline naming how many texts were still open.
func drained(ctx context.Context, st store.Store, cfg sideConfig) error {
	for {
		open := 0
		err := st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			for _, id := range cfg.Conversations {
				items, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: tenant, ConversationID: id})
				if err != nil {
					return err
				}
				open += len(items)
			}
			return nil
		})
		if err != nil || open == 0 {
			return err
		}
		if time.Now().After(cfg.Deadline) {
			return fmt.Errorf("%d texts still open at the deadline: a conversation stalled", open)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// fileAppears returns when the file at path exists, or ctx's error.
func fileAppears(ctx context.Context, path string) error {
	for {
		if _, err := os.Stat(path); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// heldSettled returns once the text the Sender held has been released and
// is settled in the store, or an error at cfg.Deadline.
func heldSettled(ctx context.Context, st store.Store, held <-chan store.OutboxItem, cfg sideConfig) error {
	var it store.OutboxItem
	select {
	case it = <-held:
	case <-time.After(time.Until(cfg.Deadline)):
		return fmt.Errorf("no %v was handed to the Sender and released by the deadline", cfg.Hold)
	}
	for {
		var cur store.OutboxItem
		err := st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			var err error
			cur, err = tx.OutboxGet(ctx, it.TenantID, it.ID)
			return err
		})
		if err != nil || cur.Status != store.OutboxSending {
			return err
		}
		if time.Now().After(cfg.Deadline) {
			return fmt.Errorf("the held %s is still sending at the deadline", it.Kind)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// stops sends STOP on each of cfg.Conversations, the i-th at cfg.At plus i
// times cfg.StopEvery (and a jitter under 3 ms), all at once, and logs
// when each returned.
func stops(ctx context.Context, e *handoff.Engine, lg *logger, cfg sideConfig) error {
	errs := make([]error, len(cfg.Conversations))
	var wg sync.WaitGroup
	for i, id := range cfg.Conversations {
		wg.Add(1)
		go func() {
			defer wg.Done()
			jitter := time.Duration(rand.Int64N(int64(3 * time.Millisecond)))
			time.Sleep(time.Until(cfg.At.Add(time.Duration(i)*cfg.StopEvery + jitter)))
			out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: id, Body: "STOP", ProviderID: "stop-" + id})
			if err != nil {
				errs[i] = fmt.Errorf("STOP on %s: %w", id, err)
				return
			}
			lg.line("P %d %s %s", time.Now().UnixNano(), id, out.Kind)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
