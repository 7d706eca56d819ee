create table ping (id int primary key);
