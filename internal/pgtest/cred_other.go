//go:build !unix

package pgtest

import (
	"errors"
	"os/exec"
)

type credential struct{ uid, gid int }

func lookupCredential(string) (*credential, error) {
	return nil, errors.New("switching user is not supported on this platform")
}

func (c *credential) apply(*exec.Cmd) {}

func setpgid(*exec.Cmd) {}
