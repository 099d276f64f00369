package main

import (
	"context"
	"encoding/json"
	"fmt"

	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	genericapirequest "k8s.io/apiserver/pkg/endpoints/request"
	"k8s.io/apiserver/pkg/registry/rest"
	"k8s.io/kubernetes/pkg/api/legacyscheme"

	// The API groups the oracle creates objects of, with their defaulting
	// functions, registered in legacyscheme as the API server does.
	_ "k8s.io/kubernetes/pkg/apis/apps/install"
	_ "k8s.io/kubernetes/pkg/apis/batch/install"
	_ "k8s.io/kubernetes/pkg/apis/core/install"
)

// apiCreate sends obj (a versioned object with its TypeMeta set) through
// what the v1.27 API server does on create and on the read that follows:
// decode with the version's defaulting into the internal type, the
// registry strategy's PrepareForCreate (which drops the fields whose feature
// gates are off), encode to the storage version, decode (and default) again
// as a read from etcd does, and encode as the response the kubelet (or a
// controller's informer) receives. The result is unmarshalled into out,
// a plain k8s.io/api type, as a client would.
func apiCreate(obj runtime.Object, gv schema.GroupVersion, strategy rest.RESTCreateStrategy, out interface{}) error {
	data, err := json.Marshal(obj)
	if err != nil {
		return fmt.Errorf("marshal input: %w", err)
	}
	decoder := legacyscheme.Codecs.UniversalDecoder()
	internal, _, err := decoder.Decode(data, nil, nil)
	if err != nil {
		return fmt.Errorf("decode input: %w", err)
	}
	ctx := genericapirequest.WithNamespace(context.Background(), "default")
	strategy.PrepareForCreate(ctx, internal)
	encoder := legacyscheme.Codecs.LegacyCodec(gv)
	stored, err := runtime.Encode(encoder, internal)
	if err != nil {
		return fmt.Errorf("encode for storage: %w", err)
	}
	read, _, err := decoder.Decode(stored, nil, nil)
	if err != nil {
		return fmt.Errorf("decode from storage: %w", err)
	}
	response, err := runtime.Encode(encoder, read)
	if err != nil {
		return fmt.Errorf("encode response: %w", err)
	}
	if err := json.Unmarshal(response, out); err != nil {
		return fmt.Errorf("unmarshal response: %w", err)
	}
	return nil
}
