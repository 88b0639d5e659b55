package store

import "strings"

// EmailKey is the form in which a store matches an email address: white
// space around it dropped, lower-cased (strings.ToLower). Email addresses
// are case-insensitive in practice (the domain always, the local part at
// every provider a lead uses), so "Dana@Example.com " and
// "dana@example.com" are one lead's address: [ConversationListParams].Email
// and [Lead].Email are compared by their keys, and an email's suppression
// is stored under its key (see [AddressKey]). [Lead].Email itself keeps
// what the lead or the host typed.
func EmailKey(email string) string {
	return strings.ToLower(strings.TrimSpace(email))
}

// AddressKey is the form in which a store keys the [Suppression] of an
// address: an email's [EmailKey]; a phone number (E.164) or a chat address
// ("chat:" and a conversation's ID, whose case matters) as given. An
// address is an email when it contains "@" and is not a chat address.
// [Tx.SuppressionPut], [Tx.SuppressionGet] and [Tx.SuppressionDelete]
// apply it to the address they are given, so "Dana@Example.com" and
// "dana@example.com" are one suppression, stored and returned as
// "dana@example.com".
func AddressKey(address string) string {
	if strings.HasPrefix(address, chatAddressPrefix) || !strings.Contains(address, "@") {
		return address
	}
	return EmailKey(address)
}

// chatAddressPrefix starts the address of a chat conversation: "chat:"
// and the conversation's ID (see [Suppression].Address).
const chatAddressPrefix = "chat:"
