// Search without words or a place lists activities by name: this index gives them in name order, so a
// page is read from the front of the index instead of sorting every activity.
CREATE RANGE INDEX activity_name IF NOT EXISTS FOR (n:Activity) ON (n.name);
