// Package credentialprovider declares, once for the kubelet lines from
// v1.33, the registry credential types their image service passes around,
// which upstream's k8s.io/kubernetes/pkg/credentialprovider holds together
// with the keyring and plugin machinery a runtime does not need. The types
// have the kubelet's fields, order and JSON tags. Each line's package
// credentialprovider aliases them.
package credentialprovider

// AuthConfig holds what is needed to log in to one registry. It has the
// fields and JSON names of Docker's AuthConfig.
type AuthConfig struct {
	Username string `json:"username,omitempty"`
	Password string `json:"password,omitempty"`
	Auth     string `json:"auth,omitempty"`

	// Email goes with Username; registries no longer use it.
	Email string `json:"email,omitempty"`

	ServerAddress string `json:"serveraddress,omitempty"`

	// IdentityToken is exchanged with the registry for an access token.
	IdentityToken string `json:"identitytoken,omitempty"`

	// RegistryToken is a bearer token sent to the registry as it is.
	RegistryToken string `json:"registrytoken,omitempty"`
}

// TrackedAuthConfig is an AuthConfig together with where it came from, so
// that the kubelet can tell which credentials pulled an image.
type TrackedAuthConfig struct {
	AuthConfig
	// AuthConfigHash identifies the credentials without revealing them.
	AuthConfigHash string

	// Source is the secret or service account the credentials came from,
	// or nil.
	Source *CredentialSource
}

// CredentialSource says where credentials came from: a pull secret or a
// service account. At most one of its fields is set.
type CredentialSource struct {
	Secret         *SecretCoordinates
	ServiceAccount *ServiceAccountCoordinates
}

// SecretCoordinates identify a Secret.
type SecretCoordinates struct {
	UID       string
	Namespace string
	Name      string
}

// ServiceAccountCoordinates identify a ServiceAccount.
type ServiceAccountCoordinates struct {
	UID       string
	Namespace string
	Name      string
}
