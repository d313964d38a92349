console.log('seed: not yet')
