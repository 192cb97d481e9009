// Forms replica set rs0 from the three members and makes the admin user, once. After that the localhost
// exception is closed: an unauthenticated rs.status() is refused, which means there is nothing left to do.
const members = [0, 1, 2].map(i => ({ _id: i, host: `mongodb-${i}.mongodb:27017` }));
try {
  rs.status();
} catch (e) {
  if (e.codeName === 'Unauthorized') {
    print('replica set formed and admin user present');
    quit(0);
  }
  if (e.codeName !== 'NotYetInitialized') throw e;
  rs.initiate({ _id: 'rs0', members });
}
while (!db.hello().isWritablePrimary) sleep(1000);
db.getSiblingDB('admin').createUser({
  user: process.env.MONGODB_ADMIN_USERNAME,
  pwd: process.env.MONGODB_ADMIN_PASSWORD,
  roles: ['root'],
});
print('replica set formed, admin user made');
