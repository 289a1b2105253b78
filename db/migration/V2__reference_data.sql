-- Reference data from the memorandum to the Deputy Minister on the IRCC Strategies for Asia and
-- the Americas (June 2022). Mailboxes use the reserved example.org domain: set the real
-- functional mailboxes with a migration of your own before going live (see README).

INSERT INTO organization (code, name_en, name_fr, kind, region, time_zone, email) VALUES
('iir',      'International and Intergovernmental Relations Branch', 'Direction générale des relations internationales et intergouvernementales', 'BRANCH', NULL, 'America/Toronto', 'iir@example.org'),
('rab',      'Refugee Affairs Branch', 'Direction générale des affaires des réfugiés', 'BRANCH', NULL, 'America/Toronto', 'rab@example.org'),
('in',       'International Network', 'Réseau international', 'BRANCH', NULL, 'America/Toronto', 'in@example.org'),
('irm',      'Integrity Risk Management Branch', 'Direction générale de la gestion des risques liés à l''intégrité', 'BRANCH', NULL, 'America/Toronto', 'irm@example.org'),
('ib',       'Immigration Branch', 'Direction générale de l''immigration', 'BRANCH', NULL, 'America/Toronto', 'ib@example.org'),
('imc',      'Issues Management Committee', 'Comité de gestion des enjeux', 'COMMITTEE', NULL, 'America/Toronto', 'imc@example.org'),
('excom',    'Executive Committee', 'Comité exécutif', 'COMMITTEE', NULL, 'America/Toronto', 'excom@example.org'),
('sadm-spp', 'Senior Assistant Deputy Minister, Strategic and Program Policy', 'Sous-ministre adjointe principale, Politiques stratégiques et des programmes', 'EXECUTIVE', NULL, 'America/Toronto', 'sadm-spp@example.org'),
('dm',       'Deputy Minister', 'Sous-ministre', 'EXECUTIVE', NULL, 'America/Toronto', 'dm@example.org'),
('gac',      'Global Affairs Canada', 'Affaires mondiales Canada', 'PARTNER_DEPARTMENT', NULL, 'America/Toronto', 'gac@example.org'),
('cbsa',     'Canada Border Services Agency', 'Agence des services frontaliers du Canada', 'PARTNER_DEPARTMENT', NULL, 'America/Toronto', 'cbsa@example.org'),
('ps',       'Public Safety Canada', 'Sécurité publique Canada', 'PARTNER_DEPARTMENT', NULL, 'America/Toronto', 'ps@example.org'),
('irb',      'Immigration and Refugee Board of Canada', 'Commission de l''immigration et du statut de réfugié du Canada', 'PARTNER_DEPARTMENT', 'AMERICAS', 'America/Toronto', 'irb@example.org');

INSERT INTO organization (code, name_en, name_fr, kind, region, time_zone, email) VALUES
('mission-delhi',          'IRCC New Delhi (India)',           'IRCC New Delhi (Inde)',                'MISSION', 'ASIA', 'Asia/Kolkata',   'mission-delhi@example.org'),
('mission-chandigarh',     'IRCC Chandigarh (India)',          'IRCC Chandigarh (Inde)',               'MISSION', 'ASIA', 'Asia/Kolkata',   'mission-chandigarh@example.org'),
('mission-islamabad',      'IRCC Islamabad (Pakistan)',        'IRCC Islamabad (Pakistan)',            'MISSION', 'ASIA', 'Asia/Karachi',   'mission-islamabad@example.org'),
('mission-manila',         'IRCC Manila (Philippines)',        'IRCC Manille (Philippines)',           'MISSION', 'ASIA', 'Asia/Manila',    'mission-manila@example.org'),
('mission-beijing',        'IRCC Beijing (China)',             'IRCC Beijing (Chine)',                 'MISSION', 'ASIA', 'Asia/Shanghai',  'mission-beijing@example.org'),
('mission-hong-kong',      'IRCC Hong Kong',                   'IRCC Hong Kong',                       'MISSION', 'ASIA', 'Asia/Hong_Kong', 'mission-hong-kong@example.org'),
('mission-tokyo',          'IRCC Tokyo (Japan)',               'IRCC Tokyo (Japon)',                   'MISSION', 'ASIA', 'Asia/Tokyo',     'mission-tokyo@example.org'),
('mission-seoul',          'IRCC Seoul (South Korea)',         'IRCC Séoul (Corée du Sud)',            'MISSION', 'ASIA', 'Asia/Seoul',     'mission-seoul@example.org'),
('mission-mexico-city',    'IRCC Mexico City (Mexico)',        'IRCC Mexico (Mexique)',                'MISSION', 'AMERICAS', 'America/Mexico_City',    'mission-mexico-city@example.org'),
('mission-guatemala',      'IRCC Guatemala City (Guatemala)',  'IRCC Guatemala (Guatemala)',           'MISSION', 'AMERICAS', 'America/Guatemala',      'mission-guatemala@example.org'),
('mission-san-jose',       'IRCC San José (Costa Rica)',       'IRCC San José (Costa Rica)',           'MISSION', 'AMERICAS', 'America/Costa_Rica',     'mission-san-jose@example.org'),
('mission-panama',         'IRCC Panama City (Panama)',        'IRCC Panama (Panama)',                 'MISSION', 'AMERICAS', 'America/Panama',         'mission-panama@example.org'),
('mission-bogota',         'IRCC Bogotá (Colombia)',           'IRCC Bogota (Colombie)',               'MISSION', 'AMERICAS', 'America/Bogota',         'mission-bogota@example.org'),
('mission-sao-paulo',      'IRCC São Paulo (Brazil)',          'IRCC São Paulo (Brésil)',              'MISSION', 'AMERICAS', 'America/Sao_Paulo',      'mission-sao-paulo@example.org'),
('mission-port-au-prince', 'IRCC Port-au-Prince (Haiti)',      'IRCC Port-au-Prince (Haïti)',          'MISSION', 'AMERICAS', 'America/Port-au-Prince', 'mission-port-au-prince@example.org'),
('mission-kingston',       'IRCC Kingston (Jamaica)',          'IRCC Kingston (Jamaïque)',             'MISSION', 'AMERICAS', 'America/Jamaica',        'mission-kingston@example.org');

INSERT INTO strategy (code, title_en, title_fr, region, cadence, lead_org_code) VALUES
('ASIA',     'IRCC Strategy for Asia',         'Stratégie d''IRCC pour l''Asie',         'ASIA',     'SEMI_ANNUAL', 'iir'),
('AMERICAS', 'IRCC Strategy for the Americas', 'Stratégie d''IRCC pour les Amériques',   'AMERICAS', 'QUARTERLY',   'iir');

INSERT INTO strategic_priority (strategy_code, number, title_en, title_fr) VALUES
('ASIA', 1, 'Increase collaboration to address irregular migration, including removals cooperation in the region',
            'Accroître la collaboration pour lutter contre la migration irrégulière, y compris la coopération en matière de renvois dans la région'),
('ASIA', 2, 'Support temporary and permanent migration from Asia while sharing Canada''s knowledge and best practices with managed migration',
            'Appuyer la migration temporaire et permanente en provenance d''Asie tout en partageant les connaissances et les pratiques exemplaires du Canada en matière de migration bien gérée'),
('ASIA', 3, 'Promote and defend Canadian values and interests, including the integrity of our immigration programs',
            'Promouvoir et défendre les valeurs et les intérêts canadiens, y compris l''intégrité de nos programmes d''immigration'),
('ASIA', 4, 'Advance international protection for refugees, the stateless and displaced populations',
            'Faire progresser la protection internationale des réfugiés, des apatrides et des populations déplacées'),
('AMERICAS', 1, 'Promote well-managed migration systems in the region and enhance capacity of countries to address irregular migration flows before they reach North America',
                'Promouvoir des systèmes migratoires bien gérés dans la région et renforcer la capacité des pays à gérer les flux de migration irrégulière avant qu''ils n''atteignent l''Amérique du Nord'),
('AMERICAS', 2, 'Promote strong protection systems aligned with international commitments and norms, and the Global Compact on Refugees',
                'Promouvoir des systèmes de protection solides, conformes aux engagements et aux normes internationaux ainsi qu''au Pacte mondial sur les réfugiés'),
('AMERICAS', 3, 'Promote balanced public narratives on migration and share expertise on effective integration of migrants in support of a stable Hemisphere',
                'Promouvoir des discours publics équilibrés sur la migration et partager l''expertise en matière d''intégration efficace des migrants à l''appui d''un hémisphère stable'),
('AMERICAS', 4, 'Increase awareness about Canada''s immigration programs to both meet our most critical needs and provide benefits to the region',
                'Faire mieux connaître les programmes d''immigration du Canada afin de répondre à nos besoins les plus pressants et d''apporter des avantages à la région');

-- The versions in effect: presented to and endorsed by the IMC on April 12, 2022, published June 2022.
INSERT INTO strategy_version (strategy_code, label, status, review_business_key, imc_endorsed_on, in_effect_since, created_at) VALUES
('ASIA',     'June 2022', 'IN_EFFECT', NULL, DATE '2022-04-12', DATE '2022-06-01', TIMESTAMP WITH TIME ZONE '2022-06-01 00:00:00+00'),
('AMERICAS', 'June 2022', 'IN_EFFECT', NULL, DATE '2022-04-12', DATE '2022-06-01', TIMESTAMP WITH TIME ZONE '2022-06-01 00:00:00+00');
