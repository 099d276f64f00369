package credentialprovider

import "github.com/kubecontainer/kubecontainer/internal/credentialprovider"

// AuthConfig holds what is needed to log in to one registry, with the
// fields and JSON names of Docker's AuthConfig.
type AuthConfig = credentialprovider.AuthConfig

// TrackedAuthConfig is an AuthConfig with its hash and the source it came
// from, so that the kubelet can tell which credentials pulled an image.
type TrackedAuthConfig = credentialprovider.TrackedAuthConfig

// CredentialSource says where credentials came from: a pull secret or a
// service account (at most one is set).
type CredentialSource = credentialprovider.CredentialSource

// SecretCoordinates identify a Secret.
type SecretCoordinates = credentialprovider.SecretCoordinates

// ServiceAccountCoordinates identify a ServiceAccount.
type ServiceAccountCoordinates = credentialprovider.ServiceAccountCoordinates
