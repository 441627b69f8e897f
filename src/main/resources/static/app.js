fetch('/api/network/summary')
    .then(r => r.ok ? r.json() : Promise.reject(r.status))
    .then(s => {
      const rows = (title, counts) => `<table><caption>${title}</caption>` +
        Object.entries(counts).map(([k, v]) => `<tr><th scope="row">${k}</th><td class="n">${v}</td></tr>`).join('') +
        '</table>';
      document.getElementById('summary').innerHTML = rows('Nodes', s.nodes) + rows('Relationships', s.relationships);
    })
    .catch(e => { document.getElementById('summary').textContent = 'Could not load the summary (' + e + ').'; });
