/**
 * What the Results tab must show for each sample's headline figures, written out per locale as
 * literals (issue 19: the expected text is not built with the app's own formatters). Each string is
 * the sample's .expected.json figure rounded as the app presents it: money to the currency's
 * minor unit (COP none), percentages and years to one decimal; es-CO groups with '.', decimals
 * with ',' and puts a no-break space after the symbol; en-US groups with ',', decimals with '.'. The raw figure
 * each one renders is in the comment beside it, so a changed expected file shows here.
 */
export interface ShownFigures {
  npv: string;
  irr: string;
  payback: string;
  measureNpv: string[];
}

export const SHOWN: Record<string, Record<'es-CO' | 'en-US', ShownFigures>> = {
  'bolivia-poultry-slaughterhouse': {
    'es-CO': {
      npv: 'US$\u00a0259.054,46', // 259054.4588159966
      irr: '277,4%', // 2.7743673369680817
      payback: '0,4 años', // 0.3602378929481733
      measureNpv: ['US$\u00a089.702,03', 'US$\u00a078.733,61', 'US$\u00a090.618,81'],
    },
    'en-US': {
      npv: '$259,054.46', // 259054.4588159966
      irr: '277.4%', // 2.7743673369680817
      payback: '0.4 years', // 0.3602378929481733
      measureNpv: ['$89,702.03', '$78,733.61', '$90,618.81'],
    },
  },
  'peru-textile-guaranteed-loan': {
    'es-CO': {
      npv: 'US$\u00a0488.487,14', // 488487.1434389918
      irr: '51,9%', // 0.5193170026534146
      payback: '1,9 años', // 1.9090336972474493
      measureNpv: ['US$\u00a0137.247,42', 'US$\u00a0148.162,51', 'US$\u00a0203.077,22'],
    },
    'en-US': {
      npv: '$488,487.14', // 488487.1434389918
      irr: '51.9%', // 0.5193170026534146
      payback: '1.9 years', // 1.9090336972474493
      measureNpv: ['$137,247.42', '$148,162.51', '$203,077.22'],
    },
  },
  'colombia-green-credit-rebate': {
    'es-CO': {
      npv: '$\u00a0183.108.323', // 183108323.23597962
      irr: '17,8%', // 0.17810274680274285
      payback: '4,2 años', // 4.182620768997515
      measureNpv: ['-$\u00a0893.909.558', '$\u00a01.077.017.881'],
    },
    'en-US': {
      npv: 'COP\u00a0183,108,323', // 183108323.23597962
      irr: '17.8%', // 0.17810274680274285
      payback: '4.2 years', // 4.182620768997515
      measureNpv: ['-COP\u00a0893,909,558', 'COP\u00a01,077,017,881'],
    },
  },
  'colombia-dairy-verified-rebate': {
    'es-CO': {
      npv: '$\u00a01.929.824.820', // 1929824819.7844856
      irr: '60,3%', // 0.6029984762565388
      payback: '1,7 años', // 1.707610597912242
      measureNpv: ['$\u00a0382.816.695', '$\u00a01.123.730.711', '$\u00a0423.277.414'],
    },
    'en-US': {
      npv: 'COP\u00a01,929,824,820', // 1929824819.7844856
      irr: '60.3%', // 0.6029984762565388
      payback: '1.7 years', // 1.707610597912242
      measureNpv: ['COP\u00a0382,816,695', 'COP\u00a01,123,730,711', 'COP\u00a0423,277,414'],
    },
  },
  'central-america-dairy-energy-risk': {
    'es-CO': {
      npv: 'US$\u00a0158.536,02', // 158536.0222066432
      irr: '62,8%', // 0.627699458748298
      payback: '1,6 años', // 1.5642302514590334
      measureNpv: ['US$\u00a015.988,08', 'US$\u00a045.530,67', 'US$\u00a087.704,01', 'US$\u00a09.313,25'],
    },
    'en-US': {
      npv: '$158,536.02', // 158536.0222066432
      irr: '62.8%', // 0.627699458748298
      payback: '1.6 years', // 1.5642302514590334
      measureNpv: ['$15,988.08', '$45,530.67', '$87,704.01', '$9,313.25'],
    },
  },
  'bolivia-ep3-portfolio': {
    'es-CO': {
      npv: 'US$\u00a0687.762,34', // 687762.3412183863
      irr: '172,6%', // 1.72642573941881
      payback: '0,6 años', // 0.5753865127956658
      measureNpv: [
        'US$\u00a023.546,91',
        'US$\u00a0265.763,53',
        'US$\u00a051.087,77',
        'US$\u00a013.398,15',
        'US$\u00a028.488,36',
        'US$\u00a0305.477,62',
      ],
    },
    'en-US': {
      npv: '$687,762.34', // 687762.3412183863
      irr: '172.6%', // 1.72642573941881
      payback: '0.6 years', // 0.5753865127956658
      measureNpv: ['$23,546.91', '$265,763.53', '$51,087.77', '$13,398.15', '$28,488.36', '$305,477.62'],
    },
  },
};
