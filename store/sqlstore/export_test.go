package sqlstore

import "context"

// MigrateTo migrates s to version and no further, as the handoffkit
// release of that schema left a database: a test writes rows the way that
// release did, then runs Migrate.
func (s *Store) MigrateTo(ctx context.Context, version int) error {
	ms, err := loadMigrations(s.dialect)
	if err != nil {
		return err
	}
	return s.retry(ctx, func() error { return s.migrate(ctx, ms[:version]) })
}
