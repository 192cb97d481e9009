// One user per service, made in the service's own database (the services connect with authSource=<db>),
// with readWrite on that database and nothing else. Run again, it sets the passwords from the Secrets again
// (a rotation) and leaves everything else as it is.
const users = [
  ['order', 'ORDER'],
  ['cardstatus', 'CARD_STATUS'],
  ['production', 'PRODUCTION'],
  ['billing', 'BILLING'],
  ['delegation', 'DELEGATION'],
];
for (const [database, prefix] of users) {
  const user = process.env[`${prefix}_USERNAME`];
  const pwd = process.env[`${prefix}_PASSWORD`];
  const target = db.getSiblingDB(database);
  if (target.getUser(user)) {
    target.updateUser(user, { pwd, roles: [{ role: 'readWrite', db: database }] });
    print(`${database}: ${user} updated`);
  } else {
    target.createUser({ user, pwd, roles: [{ role: 'readWrite', db: database }] });
    print(`${database}: ${user} made`);
  }
}
