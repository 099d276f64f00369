package container

// SortContainerStatusesByCreationTime sorts container statuses by their
// CreatedAt, oldest first, with sort.Sort. Instants are compared whatever
// their time zone. Like sort.Sort itself the order is not stable: statuses
// created at the same instant keep their order in short lists (up to 12)
// and may come out in any order in longer ones.
type SortContainerStatusesByCreationTime []*Status

// Len returns how many statuses s holds.
func (s SortContainerStatusesByCreationTime) Len() int { return len(s) }

// Swap exchanges the statuses at i and j.
func (s SortContainerStatusesByCreationTime) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

// Less reports whether the status at i was created before the one at j.
func (s SortContainerStatusesByCreationTime) Less(i, j int) bool {
	return s[i].CreatedAt.Before(s[j].CreatedAt)
}
