// The start page: example commands with the address this page was opened at, and the demo users
// only when the server says it runs with demo data (the page itself carries no password).
'use strict';

const roles = {
  Supervisor: 'מפקח/ת · supervisor',
  Provider: 'נותן שירות · provider',
  Analyst: 'מטה · headquarters analyst',
  CatalogAuthor: 'כותב/ת תקנים · catalog author',
  Administrator: 'מנהל/ת מערכת · administrator',
};

for (const element of document.querySelectorAll('.origin')) {
  element.textContent = location.origin;
}

fetch('/api/start')
  .then(response => (response.ok ? response.json() : null))
  .then(info => {
    if (!info || !info.demoData) {
      return;
    }

    for (const element of document.querySelectorAll('.demo-password')) {
      element.textContent = info.demoPassword;
    }

    const rows = document.getElementById('demo-users');
    for (const user of info.demoUsers) {
      const row = rows.insertRow();
      const name = document.createElement('code');
      name.textContent = user.userName;
      row.insertCell().append(name);
      row.insertCell().textContent = roles[user.role] ?? user.role;
    }

    const example = info.demoUsers.find(u => u.role === 'Supervisor') ?? info.demoUsers[0];
    document.getElementById('demo-command').textContent =
      `curl -s -X POST ${location.origin}/api/auth/token -H 'Content-Type: application/json' \\\n` +
      `  -d '${JSON.stringify({ userName: example.userName, password: info.demoPassword })}'`;
    document.getElementById('demo').hidden = false;
  });
