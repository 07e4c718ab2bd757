-- One database per service (run once by the postgres image on an empty volume).
CREATE DATABASE client;
CREATE DATABASE scheduling;
CREATE DATABASE audit;
CREATE DATABASE certificate;
CREATE DATABASE notification;
