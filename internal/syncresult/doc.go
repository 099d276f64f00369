// Package syncresult builds the error of a kubelet PodSyncResult, written
// once for every kubelet line: the text of each failure, and their
// de-duplicating apimachinery aggregate.
package syncresult
