"""Drupal 6.38 with clean URLs off: the site of Trường THCS Lê Văn Thiêm (Thạch Khê, Hà Tĩnh).

The platform
------------
A school site built in 2016 on Drupal 6.38 and never upgraded. The host had no mod_rewrite, so
clean URLs were never switched on: *every* page goes through the ``q`` query parameter of
``index.php``. Apache serves ``/`` as ``index.php``, so Drupal prints links as ``/?q=…`` and the
very same pages answer at ``/index.php?q=…``. Theme: "thcs_garland", a local designer's Garland
subtheme (the page title moved into ``<h1 class="title">``, the node's taxonomy terms moved above
the body). Modules: views 2, path + pathauto, upload, image (image nodes, ``[image:N]`` inline
tags), imagecache, poll, statistics, print, contact. Drupal 6 prints neither rel=canonical nor
a shortlink. Interface in Drupal 6's Vietnamese translation ("Gửi bởi … lúc …", "Đọc thêm",
"lượt đọc", "Thêm bình luận mới", "tiếp theo ›" …). Bodies were typed in the TinyMCE 3 of 2012
with ``entity_encoding: "named"``: every character that has a named HTML entity (à á â ã è é ê ì
í ò ó ô õ ù ú ý and their capitals) is stored as ``&agrave;``…, the others (ạ ả ấ ơ ư đ …) raw,
and spaces after sentences often as ``&nbsp;``. One story was pasted from a Word file in
"Unicode tổ hợp" (decomposed, NFD), its title too.

URL scheme (``A`` = a pathauto alias, ``N`` = a node id; everything also under /index.php)
-------------------------------------------------------------------------------------------
- ``/`` and ``/?q=node`` — Drupal's default front page: teasers of promoted nodes (sticky first,
  then newest), 10 per page, paged ``/?q=node&page=1`` (0-based: page=1 is the SECOND page).
  The poll node is promoted too and shows up among the teasers.
- ``/?q=tin-tuc`` — a views 2 page "Tin tức" of every story (type ``story``), 5 per page,
  ``<div class="view view-tin-tuc">`` rows with the title (linked to the alias), "Ngày đăng:
  dd/mm/yyyy" and a trimmed teaser; paged ``/?q=tin-tuc&page=1`` and ``&page=2``; the pager
  reads "« Trang đầu  ‹ trước  1 2 3  tiếp theo ›  trang cuối »" (page 0 carries no ``page``).
- ``/?q=taxonomy/term/5`` "Tin hoạt động", ``/6`` "Chuyên môn", ``/7`` "Thông báo" — node
  teasers (node.tpl teaser: h2 link, "Gửi bởi <account> lúc Thứ 5, 19/11/2026 - 09:15",
  teaser, "Đọc thêm" / "N lượt đọc" links), 10 per page (none of them fills a second page), with
  an RSS ``/?q=taxonomy/term/5/0/feed``. ``/?q=rss.xml`` is the front page feed.
- ``/?q=A`` (e.g. ``/?q=tin-tuc/hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027``) —
  the node page; ``/?q=node/N`` is the same page (Drupal answers both, no redirect).
  Listings link the alias; the "Tin mới" block (a custom PHP block of the designer that writes
  ``?q=node/`` . $nid itself) and both RSS feeds link ``node/N``; two stories' bodies link
  another page as ``/index.php?q=node/N`` (the editor pasted the address bar of a browser on the
  old host, TinyMCE made it root-relative).
- ``/?q=print/N`` — print module: a bare printer page with the whole story and a
  "Source URL:" line; linked as "Phiên bản in" under every story. Not an article address.
- ``/?q=comment/reply/N`` — the comment form page. Drupal 6 shows the node in full above the
  form (``node_view($node)`` with ``$page`` false: the title as an ``<h2>`` link), under the page
  title "Trả lời bình luận"; ``/?q=comment/reply/N/C`` shows comment C and the form. Linked as
  "Thêm bình luận mới" and "trả lời". Not an article address.
- ``/?q=user`` (login form), ``/?q=user/password``, ``/?q=user/register``, ``/?q=user/3``
  (public profile of the posting accounts: anonymous may "access user profiles" here), linked
  from the login block and the "Gửi bởi" lines. ``/?q=search/node`` the search form.
- ``/?q=contact`` — contact module's form "Liên hệ" (a non-article).
- ``/?q=gioi-thieu`` (node/2) and ``/?q=lich-cong-tac`` (node/5) — page nodes: no "submitted"
  line, no terms; "Lịch công tác" is a table of the week's duties (non-articles).
- ``/?q=node/77`` — the poll node "Thăm dò ý kiến" (question, radio buttons, tabs "Bình chọn"
  / "Kết quả"); ``/?q=node/77/results`` shows the bars; ``/?q=poll`` lists polls. The poll
  prints a "Gửi bởi admin lúc …" line like a story: still not an article.
- ``/?q=thu-vien-anh/…`` (node/88, node/89) — image.module nodes: a preview photo, a one-line
  description, a "Gửi bởi" line, the gallery term "Hoạt động nhà trường", size links
  ``/?q=node/88&size=thumbnail`` / ``&size=_original``. Listed in the gallery
  ``/?q=image/tid/9`` (under the index ``/?q=image`` "Thư viện ảnh") and the "Ảnh mới" block.
  Not articles.
- ``/?q=node/41`` — a story deleted in 2025, still linked from the December 2025 story: answers
  404 with the themed page "Trang không tìm thấy".
- ``/sites/default/files/ke-hoach-12.doc`` (and one PDF) — upload module attachments,
  printed as absolute ``http://<host>/sites/…`` links in the "Đính kèm / Kích thước" table.
- ``/robots.txt`` — Drupal 6's own, with its "Paths (no clean URLs)" section (``Disallow:
  /?q=comment/reply/`` …; its ``Crawl-delay: 10`` line is left out so that the fixture's crawl
  stays quick).

Page boilerplate (every themed page)
------------------------------------
Header region "Hôm nay: <TODAY>", logo and site name, primary links (Trang chủ, Giới thiệu,
Tin tức, the three terms, Lịch công tác, Thư viện ảnh, Liên hệ); left sidebar: search box,
"Danh mục" (term links with counts), "Đăng nhập" (user login form + "Tạo tài khoản mới",
"Yêu cầu mật khẩu mới"), "Thăm dò ý kiến" (the poll block: radios, "Bình chọn", "Các cuộc thăm dò
cũ", "Kết quả"), "Ai đang trực tuyến" ("Hiện tại có 0 thành viên và 5 khách trực tuyến."),
"Thống kê truy cập"; right sidebar: "Tin mới" (five newest stories as ``node/N``), "Ảnh mới"
(image-node thumbnails), "Liên kết website" (a select of other hosts); footer "Bản quyền © …
Địa chỉ … Điện thoại … Thiết kế bởi …".

Article page (node.tpl full)
----------------------------
``<h1 class="title">`` (page.tpl), then ``<div id="node-N" class="node">``: ``<span
class="submitted">Gửi bởi <a href="/?q=user/3">bientap</a> lúc Thứ 5, 19/11/2026 - 09:15</span>``
(the posting *account*: admin, bientap or a teacher's account thuhuong; never an author),
``<div class="terms">`` (the one taxonomy term: the category), ``<div class="content">`` (the
TinyMCE body, then the upload table "Đính kèm | Kích thước" when files are attached), ``<ul
class="links inline">`` (Phiên bản in, Thêm bình luận mới, "N lượt đọc"), ``<div
id="comments">`` (visitor comments "Gửi bởi Khách (chưa xác thực) lúc …": not the article), and
the comment form. Breadcrumb on node pages is only "Trang chủ" (Drupal 6).

Images: imagecache URLs ``/sites/default/files/imagecache/large/<file>.jpg`` in a centred
``<p>``, the caption (when any) the next centred ``<p><em>…</em></p>``; or ``[image:N]`` tags
rendered ``<span class="inline center"><img class="image image-preview" …><span class="caption"
style="width: 638px;"><strong>Caption</strong></span></span>`` (the caption is the image node's
title). Bylines are typed as the last paragraphs, mostly right-aligned.

Gold (13 stories, by term; every gold ``path`` is the alias listings link, ``canonical_path``
the same (no rel=canonical), ``alt_paths`` = ``/?q=node/N``, ``/index.php?q=node/N`` and
``/index.php?q=<alias>``)
----------------------------------------------------------------------------------------------
Reached from: the front page (10 newest promoted, sticky notice first; the three oldest stories
and the poll only on ``/?q=node&page=1``), the views page ``/?q=tin-tuc`` (5 per page: the three
oldest only on ``&page=2``), the term pages, "Tin mới" (five newest, as node/N), the RSS feeds.

The stories (nid, term, posted, listing pages, byline as typed -> gold):
- 140 Thông báo 21/11/2026, sticky; front 0, views 0; a two-paragraph notice, no byline -> [].
- 138 Tin hoạt động 19/11 (thuhuong); front 0, views 0; bold lead, results table, 3 photos (the
  last one's line "DSC_0457.JPG"), link /index.php?q=node/133, 2 comments; "Người viết: Trần Thị
  Thu Hương".
- 136 Tin hoạt động 18/11; front 0, views 0; 3 photos (one without a line), "&nbsp;" after
  sentences, 2 comments; "Tin: Nguyễn Văn Hải - Ảnh: Lê Thị Mai".
- 133 Chuyên môn 12/11 (thuhuong); front 0, views 0; a list, 1 photo with no line; "Tổ Khoa học
  Tự nhiên" plain, right-aligned.
- 131 Thông báo 07/11; front 0, views 0; bold numbered sub-headings (body), a list, the upload
  table with ke-hoach-12.doc; "Tổ Văn phòng".
- 127 Tin hoạt động 28/10; front 0, views 1; title with quotes; "Tin, ảnh: Phạm Quốc Tuấn".
- 123 Chuyên môn 15/10 (thuhuong); front 0, views 1; bold lead; "Người viết: Đặng Thị Lan Anh -
  Tổ Xã hội" -> ["Đặng Thị Lan Anh"] (the unit after the name is no author).
- 118 Tin hoạt động 02/10; front 0, views 1; link /index.php?q=node/5; "Tổ Xã hội".
- 112 Tin hoạt động 05/09; front 0, views 1; two ``[image:N]`` photos (image nodes 88, 89)
  captioned by the image nodes' titles; "BBT" -> [].
- 96 Chuyên môn 20/08/2026; front 0, views 1; ``<!--break-->`` after the first paragraph; a bare
  name "Trần Đình Phong" right-aligned -> author.
- 74 Thông báo 22/05/2026; front 1, views 2; exam table, a PDF attached; "Nguồn: hatinh.edu.vn".
- 63 Tin hoạt động 22/12/2025; front 1, views 2; links the deleted node/41; "Tin: Hoàng Minh Đức".
- 52 Chuyên môn 20/05/2025; front 1, views 2; title and body in NFD; "Nguồn:
  phonggdthachha.edu.vn" -> source, no author.

Decisions, as a careful reader takes them:
- title: the ``<h1 class="title">`` (collapsed whitespace; the NFD title in NFC).
- published_at: the "Gửi bởi … lúc Thứ 5, 19/11/2026 - 09:15" line, local time (+07:00). The
  views listing's "Ngày đăng" is the same day; the header clock and event dates in the text are
  not publication dates.
- authors: the byline typed at the end of the body. "Người viết: X" -> X; "Tin: X - Ảnh: Y" ->
  author X, photographer Y; "Tin, ảnh: X" -> X both; a unit alone right-aligned ("Tổ Xã hội",
  "Tổ Khoa học Tự nhiên", "Tổ Văn phòng") is the author as printed; "BBT" credits nobody; no
  byline -> []. The posting account (admin, bientap, thuhuong) is never an author.
- source: "Nguồn: X" -> X as printed (a host name on two stories).
- summary: only where the editor typed a bold lead paragraph (it is then the body's first
  paragraph); otherwise None (Drupal 6 has no sapo field; the listing teaser is no summary).
- body: the TinyMCE paragraphs, headings, list items and table rows (cells " | "), entities
  unescaped, NFC; not the caption lines, bylines, source lines, the "Đính kèm" table, node links,
  comments or the comment form.
- images: the story's photos in order with their captions; a centred line that is only a camera
  file name ("DSC_0457.JPG") is no caption (None); a photo with no line has caption None.
- category: the term in ``div.terms`` (Tin hoạt động / Chuyên môn / Thông báo).

Traps: the q-parameter addresses (alias, node/N, and their index.php twins: four addresses per
story); 0-based paging; the front page as a second listing of the same nodes; print/N;
comment/reply/N (full node under another page title); user pages; the RSS feeds; the image nodes
and the poll node (they print a "Gửi bởi" line); the 404 of node/41; page nodes.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "drupal6_q_thcs"
PLATFORM = "Drupal 6.38, clean URLs off (?q=), Garland subtheme, views 2 + pathauto"
START_PATH = "/"

SITE = "Trường THCS Lê Văn Thiêm"
FILES = "/sites/default/files"
CACHE = FILES + "/imagecache/large"
THEME = "/sites/all/themes/thcs_garland"

TERMS = {5: "Tin hoạt động", 6: "Chuyên môn", 7: "Thông báo"}
ACCOUNTS = {"admin": 1, "bientap": 3, "thuhuong": 5}
FRONT_PER_PAGE = 10
TERM_PER_PAGE = 10
VIEWS_PER_PAGE = 5


# --- the stories --------------------------------------------------------------------------------
# Block styles of this portal: P "" a plain <p>, "lead" the bold lead paragraph, "b" a bold
# paragraph used as a heading, "h3", "li" (grouped into <ul>), "tr" (grouped into a table; cells
# split on " | "), "link:<href>|<anchor>" a paragraph whose <anchor> words are a link. Img "cache"
# an imagecache picture + caption paragraph, "node:<nid>" an [image:nid] tag of image.module.
# opts: nid, alias, poster (account), created ("YYYY-MM-DD HH:MM", printed in Drupal's format),
# term, sticky, files [(name, size)], comments [(name, "YYYY-MM-DD HH:MM", subject, text)],
# brk (index of the block after which <!--break--> stands), nfd (body and title decomposed).


def _pic(src: str, caption: str) -> Img:
    """An imagecache photo whose centred italic line is its caption, word for word."""
    return Img(src, caption, caption, "cache")


def _right(text: str, tag: str = "strong") -> Raw:
    inner = f"<{tag}>{esc(text)}</{tag}>" if tag else esc(text)
    return Raw(f'<p style="text-align: right;">{inner}</p>')


#: the two bold lead paragraphs typed as the stories' sapo
LEAD_138 = "Từ ngày 09 đến ngày 18/11/2026, Trường THCS Lê Văn Thiêm tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027 với 14 giáo viên tham gia, thuộc 4 tổ chuyên môn."
LEAD_123 = "Ngày 14/10/2026, tại Trường THCS Lê Văn Thiêm, cụm chuyên môn số 3 tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn với sự tham gia của 26 giáo viên đến từ 5 trường THCS trong cụm."

STORIES: list[Story] = [
    Story(
        id=140,
        slug="tin-tuc/thong-bao-nghi-hoc-ngay-23112026-do-anh-huong-cua-bao-so-14",
        title="Thông báo nghỉ học ngày 23/11/2026 do ảnh hưởng của bão số 14",
        cat="Thông báo",
        published_at="2026-11-21T16:40:00+07:00",
        blocks=[
            P(
                "Thực hiện Công văn số 2145/SGDĐT-VP ngày 21/11/2026 của Sở GD&ĐT Hà Tĩnh về việc chủ động ứng phó với bão số 14, nhà trường thông báo toàn thể học sinh nghỉ học ngày Thứ Hai, 23/11/2026."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến phụ huynh và học sinh lớp mình phụ trách; lịch học bù sẽ được thông báo sau."
            ),
        ],
        opts={"poster": "admin", "created": "2026-11-21 16:40", "term": 7, "sticky": True},
    ),
    Story(
        id=138,
        slug="tin-tuc/hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        # typed with a double space before "năm học"
        title="Hội thi giáo viên dạy giỏi cấp trường  năm học 2026 - 2027",
        cat="Tin hoạt động",
        published_at="2026-11-19T09:15:00+07:00",
        summary=LEAD_138,
        blocks=[
            P(LEAD_138, "lead"),
            P(
                "Hội thi nhằm phát hiện, bồi dưỡng và tôn vinh những giáo viên có năng lực chuyên môn vững vàng, tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018; đồng thời lựa chọn giáo viên tham gia Hội thi giáo viên dạy giỏi cấp tỉnh."
            ),
            _pic(
                CACHE + "/hoi-giang-1.jpg",
                "Cô giáo Nguyễn Thị Hằng, Tổ Khoa học Tự nhiên, trong tiết dạy môn Khoa học tự nhiên 8",
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy: một tiết theo bài đã đăng ký và một tiết bốc thăm trước 24 giờ. Ban giám khảo gồm các đồng chí trong Ban Giám hiệu, tổ trưởng chuyên môn và giáo viên cốt cán của nhà trường."
            ),
            P(
                "Nhiều tiết dạy được đánh giá cao nhờ khai thác tốt thiết bị dạy học, tổ chức cho học sinh hoạt động nhóm, trải nghiệm và tự đánh giá. Đặc biệt, một số giáo viên trẻ đã mạnh dạn ứng dụng phần mềm mô phỏng, bảng tương tác vào bài giảng."
            ),
            _pic(
                CACHE + "/hoi-giang-2.jpg",
                "Học sinh lớp 7A hoạt động nhóm trong tiết Ngữ văn của thầy Võ Văn Thắng",
            ),
            P("Kết quả Hội thi", "h3"),
            P("TT | Họ và tên | Tổ chuyên môn | Xếp loại", "tr"),
            P("1 | Nguyễn Thị Hằng | Khoa học Tự nhiên | Giỏi", "tr"),
            P("2 | Võ Văn Thắng | Xã hội | Giỏi", "tr"),
            P("3 | Lê Thị Mai | Ngoại ngữ - Nghệ thuật | Giỏi", "tr"),
            P("4 | Trần Đình Phong | Toán - Tin | Giỏi", "tr"),
            P("5 | Phạm Thị Thanh Nga | Xã hội | Khá", "tr"),
            P(
                "Kết thúc Hội thi, có 11/14 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó 4 đồng chí được chọn tham gia hội thi cấp tỉnh. Trước đó, Tổ Khoa học Tự nhiên đã tổ chức chuyên đề dạy học STEM làm cơ sở cho nhiều tiết dạy hội thi.",
                "link:/index.php?q=node/133|chuyên đề dạy học STEM",
            ),
            Img(CACHE + "/hoi-giang-3.jpg", "DSC_0457.JPG", None, "cache"),
            _right("Người viết: Trần Thị Thu Hương"),
        ],
        authors=["Trần Thị Thu Hương"],
        opts={
            "poster": "thuhuong",
            "created": "2026-11-19 09:15",
            "term": 5,
            "comments": [
                (
                    "Khách",
                    "2026-11-19 20:41",
                    "Chúc mừng các thầy cô",
                    "Chúc mừng các thầy cô đạt giải, mong nhà trường có nhiều giáo viên giỏi cấp tỉnh.",
                ),
                (
                    "Phụ huynh lớp 7A",
                    "2026-11-20 06:58",
                    "Tiết học hay",
                    "Con tôi về kể tiết Ngữ văn của thầy Thắng rất vui, các con được làm việc nhóm nhiều.",
                ),
            ],
        },
    ),
    Story(
        id=136,
        slug="tin-tuc/ky-niem-44-nam-ngay-nha-giao-viet-nam-20111982-20112026",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="Tin hoạt động",
        published_at="2026-11-18T14:30:00+07:00",
        blocks=[
            P(
                "Sáng ngày 18/11/2026, Trường THCS Lê Văn Thiêm long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Tới dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Thạch Khê, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo nguyên là cán bộ, giáo viên của nhà trường."
            ),
            _pic(CACHE + "/20-11-1.jpg", "Văn nghệ chào mừng của học sinh lớp 9B"),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Nguyễn Đình Khoa ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà trường trong năm học 2025 - 2026: tỷ lệ học sinh lên lớp đạt 99,6%; 27 học sinh đạt giải học sinh giỏi cấp tỉnh; 100% học sinh lớp 9 tốt nghiệp THCS."
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 9 tập thể và 23 cá nhân có thành tích xuất sắc trong đợt thi đua chào mừng ngày 20/11; Ban đại diện cha mẹ học sinh trao 30 suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            _pic(
                CACHE + "/20-11-2.jpg",
                "Lãnh đạo xã Thạch Khê tặng hoa chúc mừng tập thể giáo viên nhà trường",
            ),
            Img(CACHE + "/20-11-3.jpg", None, None, "cache"),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đội dàn dựng, thể hiện lòng biết ơn sâu sắc của các thế hệ học trò đối với thầy cô."
            ),
            _right("Tin: Nguyễn Văn Hải - Ảnh: Lê Thị Mai"),
        ],
        authors=["Nguyễn Văn Hải"],
        photographers=["Lê Thị Mai"],
        opts={
            "poster": "bientap",
            "created": "2026-11-18 14:30",
            "term": 5,
            "nbsp": True,
            "comments": [
                (
                    "Khách",
                    "2026-11-18 21:05",
                    "Nhớ thầy cô",
                    "Em là cựu học sinh khóa 2010 - 2014, chúc các thầy cô luôn mạnh khỏe, hạnh phúc!",
                ),
                (
                    "Nguyễn Văn Toàn",
                    "2026-11-19 07:12",
                    "Tri ân",
                    "Cảm ơn thầy cô Trường Lê Văn Thiêm đã dìu dắt chúng em.",
                ),
            ],
        },
    ),
    Story(
        id=133,
        slug="tin-tuc/chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-8",
        title="Chuyên đề dạy học STEM môn Khoa học tự nhiên 8",
        cat="Chuyên môn",
        published_at="2026-11-12T10:05:00+07:00",
        blocks=[
            P(
                'Chiều ngày 11/11/2026, Tổ Khoa học Tự nhiên tổ chức chuyên đề "Dạy học theo định hướng giáo dục STEM trong môn Khoa học tự nhiên 8" với bài học "Chế tạo bình chữa cháy mini" do cô giáo Nguyễn Thị Hằng thực hiện tại lớp 8C.'
            ),
            Img(CACHE + "/stem-khtn8.jpg", None, None, "cache"),
            P("Tiết dạy được thiết kế theo quy trình 5 bước của bài học STEM:"),
            P("Xác định vấn đề: vì sao cần bình chữa cháy và nguyên lý dập lửa;", "li"),
            P(
                "Nghiên cứu kiến thức nền: phản ứng giữa acid và muối carbonate tạo khí carbon dioxide;",
                "li",
            ),
            P("Đề xuất và lựa chọn giải pháp: các nhóm vẽ bản thiết kế bình;", "li"),
            P("Chế tạo mẫu và thử nghiệm;", "li"),
            P("Chia sẻ, thảo luận và điều chỉnh sản phẩm.", "li"),
            P(
                "Các thành viên dự giờ đánh giá cao sự chủ động của học sinh; sản phẩm của các nhóm hoạt động tốt, chi phí thấp. Tổ chuyên môn thống nhất nhân rộng mô hình ở các lớp 8 và lớp 9 trong học kỳ I."
            ),
            _right("Tổ Khoa học Tự nhiên", ""),
        ],
        authors=["Tổ Khoa học Tự nhiên"],
        opts={"poster": "thuhuong", "created": "2026-11-12 10:05", "term": 6},
    ),
    Story(
        id=131,
        slug="tin-tuc/ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-07T08:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 12/KH-THCSLVT ngày 05/11/2026 của Hiệu trưởng nhà trường, Trường THCS Lê Văn Thiêm tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027 nhằm đẩy mạnh phong trào rèn luyện thân thể, tuyển chọn vận động viên tham gia Hội khỏe Phù Đổng tỉnh Hà Tĩnh."
            ),
            P("1. Thời gian, địa điểm", "b"),
            P("Từ ngày 16/11 đến ngày 28/11/2026, tại sân vận động và nhà đa năng của nhà trường."),
            P("2. Các môn thi đấu", "b"),
            P("Điền kinh: chạy 60m, 100m, 800m, nhảy cao, nhảy xa;", "li"),
            P("Bóng đá nam, bóng chuyền nữ;", "li"),
            P("Cờ vua, đá cầu, kéo co (nội dung tập thể lớp).", "li"),
            P("3. Đăng ký", "b"),
            P(
                "Giáo viên chủ nhiệm các lớp nộp danh sách vận động viên về Tổ Văn phòng trước ngày 13/11/2026. Chi tiết kế hoạch xem trong tệp đính kèm."
            ),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "poster": "admin",
            "created": "2026-11-07 08:00",
            "term": 7,
            "files": [("ke-hoach-12.doc", "45.5 KB")],
        },
    ),
    Story(
        id=127,
        slug="tin-tuc/lien-doi-ra-quan-phong-trao-ke-hoach-nho-thu-gom-giay-vun-ve-chai",
        title='Liên đội ra quân phong trào "Kế hoạch nhỏ" thu gom giấy vụn, ve chai',
        cat="Tin hoạt động",
        published_at="2026-10-28T15:20:00+07:00",
        blocks=[
            P(
                'Hưởng ứng phong trào "Kế hoạch nhỏ" năm học 2026 - 2027, sáng thứ Bảy ngày 24/10/2026, Liên đội Trường THCS Lê Văn Thiêm tổ chức ra quân thu gom giấy vụn, ve chai với sự tham gia của 18 chi đội.'
            ),
            _pic(
                CACHE + "/ke-hoach-nho-1.jpg", "Đội viên chi đội 6A tập kết giấy vụn tại sân trường"
            ),
            P(
                "Sau một buổi sáng, các chi đội thu được hơn 1,2 tấn giấy vụn và 350 kg ve chai, vỏ lon. Số tiền gần 6 triệu đồng sẽ được Liên đội dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh khó khăn trong mùa đông năm nay."
            ),
            _pic(
                CACHE + "/ke-hoach-nho-2.jpg",
                "Ban Chỉ huy Liên đội cân, ghi sổ kết quả của từng chi đội",
            ),
            P(
                "Chi đội 8B dẫn đầu với 142 kg giấy vụn; các chi đội 6A, 7C, 9A lần lượt xếp ở các vị trí tiếp theo."
            ),
            _right("Tin, ảnh: Phạm Quốc Tuấn", "em"),
        ],
        authors=["Phạm Quốc Tuấn"],
        photographers=["Phạm Quốc Tuấn"],
        opts={
            "poster": "bientap",
            "created": "2026-10-28 15:20",
            "term": 5,
            "comments": [
                (
                    "Khách",
                    "2026-10-29 19:30",
                    "Ý nghĩa",
                    "Phong trào rất ý nghĩa, các em học sinh giỏi quá!",
                ),
            ],
        },
    ),
    Story(
        id=123,
        slug="tin-tuc/sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-mon-ngu-van",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường môn Ngữ văn",
        cat="Chuyên môn",
        published_at="2026-10-15T08:05:00+07:00",
        summary=LEAD_123,
        blocks=[
            P(LEAD_123, "lead"),
            P(
                'Bài học minh họa "Văn bản nghị luận: Bàn về đọc sách" (Ngữ văn 9, bộ sách Kết nối tri thức với cuộc sống) do cô giáo Đặng Thị Lan Anh thực hiện tại lớp 9A. Thay vì tập trung nhận xét giáo viên, người dự giờ quan sát và ghi chép hoạt động học của từng nhóm học sinh.'
            ),
            _pic(
                CACHE + "/ncbh-ngu-van.jpg",
                "Giáo viên trong cụm dự giờ, quan sát hoạt động nhóm của học sinh lớp 9A",
            ),
            P(
                "Trong phần thảo luận, các thầy cô chỉ ra những thời điểm học sinh thực sự học, những em còn lúng túng và nguyên nhân; từ đó đề xuất điều chỉnh câu hỏi, phiếu học tập cho phù hợp với từng đối tượng."
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên trong cụm thay đổi cách nhìn về giờ dạy: lấy hoạt động học của học sinh làm trung tâm, xây dựng văn hóa chia sẻ, học hỏi lẫn nhau giữa các nhà trường."
            ),
            _right("Người viết: Đặng Thị Lan Anh - Tổ Xã hội"),
        ],
        authors=["Đặng Thị Lan Anh"],
        opts={"poster": "thuhuong", "created": "2026-10-15 08:05", "term": 6},
    ),
    Story(
        id=118,
        slug="tin-tuc/ngoai-khoa-em-yeu-lich-su-que-huong-ha-tinh",
        title='Ngoại khóa "Em yêu lịch sử quê hương Hà Tĩnh"',
        cat="Tin hoạt động",
        published_at="2026-10-02T16:10:00+07:00",
        blocks=[
            P(
                'Nhằm giáo dục truyền thống yêu nước, lòng tự hào về quê hương cho học sinh, chiều ngày 01/10/2026, Tổ Xã hội phối hợp với Liên đội tổ chức chương trình ngoại khóa "Em yêu lịch sử quê hương Hà Tĩnh" cho toàn thể học sinh khối 8 và khối 9, theo lịch công tác tháng 10 của nhà trường.',
                "link:/index.php?q=node/5|lịch công tác tháng 10",
            ),
            _pic(CACHE + "/ngoai-khoa-lich-su.jpg", "Đội thi lớp 9C trong phần thi Hiểu biết"),
            P(
                "Chương trình gồm ba phần thi: Khởi động, Hiểu biết và Tài năng, xoay quanh các địa danh, di tích và danh nhân của quê hương như Ngã ba Đồng Lộc, Khu lưu niệm Đại thi hào Nguyễn Du, Nhà thờ Lê Văn Thiêm…"
            ),
            P(
                "Với những câu trả lời nhanh, chính xác và tiết mục tiểu phẩm sáng tạo, đội lớp 9C giành giải Nhất; giải Nhì thuộc về lớp 8A; hai giải Ba thuộc về các lớp 9B và 8D."
            ),
            _right("Tổ Xã hội"),
        ],
        authors=["Tổ Xã hội"],
        opts={"poster": "bientap", "created": "2026-10-02 16:10", "term": 5},
    ),
    Story(
        id=112,
        slug="tin-tuc/le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 - 2027",
        cat="Tin hoạt động",
        published_at="2026-09-05T10:30:00+07:00",
        blocks=[
            P(
                "Sáng ngày 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THCS Lê Văn Thiêm long trọng tổ chức Lễ khai giảng năm học 2026 - 2027."
            ),
            Img(
                FILES + "/images/khai-giang-2026-1.preview.jpg",
                "Toàn cảnh Lễ khai giảng năm học 2026 - 2027",
                "Toàn cảnh Lễ khai giảng năm học 2026 - 2027",
                "node:88",
            ),
            P(
                "Năm học mới, nhà trường có 21 lớp với 812 học sinh, trong đó khối 6 có 5 lớp với 196 em. Đội ngũ cán bộ, giáo viên, nhân viên gồm 48 người, 100% đạt chuẩn và trên chuẩn đào tạo."
            ),
            P(
                'Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Đình Khoa đã đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân dịp khai giảng, đồng thời phát động phong trào thi đua "Dạy tốt - Học tốt" trong toàn trường.'
            ),
            Img(
                FILES + "/images/khai-giang-2026-2.preview.jpg",
                "Thầy Hiệu trưởng Nguyễn Đình Khoa đánh trống khai trường",
                "Thầy Hiệu trưởng Nguyễn Đình Khoa đánh trống khai trường",
                "node:89",
            ),
            P(
                "Sau phần lễ là chương trình văn nghệ chào mừng và các trò chơi dân gian sôi nổi do Liên đội tổ chức."
            ),
            _right("BBT"),
        ],
        opts={"poster": "bientap", "created": "2026-09-05 10:30", "term": 5},
    ),
    Story(
        id=96,
        slug="tin-tuc/tap-huan-day-hoc-chuong-trinh-gdpt-2018-nam-hoc-2026-2027",
        title="Tập huấn dạy học Chương trình GDPT 2018 năm học 2026 - 2027",
        cat="Chuyên môn",
        published_at="2026-08-20T14:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 17 đến ngày 19/8/2026, 100% cán bộ quản lý và giáo viên nhà trường tham gia lớp tập huấn bồi dưỡng thường xuyên về dạy học, kiểm tra đánh giá theo Chương trình giáo dục phổ thông 2018 do Sở GD&ĐT Hà Tĩnh tổ chức theo hình thức trực tuyến."
            ),
            P(
                "Nội dung tập huấn tập trung vào ba chuyên đề: xây dựng kế hoạch bài dạy theo Công văn 5512; đánh giá học sinh theo Thông tư 22/2021/TT-BGDĐT; ứng dụng công nghệ thông tin và học liệu số trong dạy học."
            ),
            P(
                "Sau tập huấn, các tổ chuyên môn đã tổ chức sinh hoạt, thống nhất kế hoạch giáo dục của tổ và hoàn thiện kế hoạch bài dạy 4 tuần đầu năm học."
            ),
            _pic(
                CACHE + "/tap-huan-gdpt-2018.jpg",
                "Giáo viên Tổ Toán - Tin tham gia tập huấn trực tuyến tại phòng tin học",
            ),
            _right("Trần Đình Phong"),
        ],
        authors=["Trần Đình Phong"],
        opts={"poster": "admin", "created": "2026-08-20 14:00", "term": 6, "brk": 0},
    ),
    Story(
        id=74,
        slug="tin-tuc/lich-thi-tuyen-sinh-vao-lop-10-thpt-nam-hoc-2026-2027",
        title="Lịch thi tuyển sinh vào lớp 10 THPT năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-05-22T09:00:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT Hà Tĩnh thông báo lịch thi tuyển sinh vào lớp 10 THPT năm học 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "tr"),
            P("03/6/2026 | Sáng | Ngữ văn | 120 phút", "tr"),
            P("03/6/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("04/6/2026 | Sáng | Toán | 120 phút", "tr"),
            P(
                "05/6/2026 | Sáng, chiều | Môn chuyên (thí sinh thi vào Trường THPT chuyên Hà Tĩnh) | 150 phút",
                "tr",
            ),
            P(
                "Thí sinh có mặt tại điểm thi lúc 13 giờ 30 phút ngày 02/6/2026 để làm thủ tục dự thi và nghe phổ biến quy chế. Nhà trường đề nghị phụ huynh nhắc nhở các em chuẩn bị đầy đủ giấy tờ, đồ dùng học tập theo quy định."
            ),
            _right("Nguồn: hatinh.edu.vn", "em"),
        ],
        source="hatinh.edu.vn",
        opts={
            "poster": "admin",
            "created": "2026-05-22 09:00",
            "term": 7,
            "files": [("lich-thi-vao-10-2026.pdf", "212.3 KB")],
        },
    ),
    Story(
        id=63,
        slug="tin-tuc/hoi-thao-chao-mung-81-nam-ngay-thanh-lap-quan-doi-nhan-dan-viet-nam",
        title="Hội thao chào mừng 81 năm Ngày thành lập Quân đội nhân dân Việt Nam",
        cat="Tin hoạt động",
        published_at="2025-12-22T15:45:00+07:00",
        blocks=[
            P(
                "Chào mừng 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025) và 36 năm Ngày hội Quốc phòng toàn dân, từ ngày 15 đến 20/12/2025, Công đoàn và Liên đội nhà trường tổ chức Hội thao với các môn bóng chuyền, kéo co, cờ tướng."
            ),
            P(
                "Kế hoạch tổ chức Hội thao đã được nhà trường đăng tải trên website từ đầu tháng 12.",
                "link:/?q=node/41|Kế hoạch tổ chức Hội thao",
            ),
            _pic(
                CACHE + "/hoi-thao-2025.jpg",
                "Trận chung kết bóng chuyền nam giữa đội giáo viên và đội học sinh lớp 9",
            ),
            P(
                "Kết quả: môn bóng chuyền, đội giáo viên giành giải Nhất; môn kéo co, giải Nhất thuộc về lớp 9A (khối 8, 9) và lớp 7B (khối 6, 7); môn cờ tướng, em Nguyễn Hữu Thành lớp 8C giành giải Nhất."
            ),
            _right("Tin: Hoàng Minh Đức"),
        ],
        authors=["Hoàng Minh Đức"],
        opts={"poster": "bientap", "created": "2025-12-22 15:45", "term": 5},
    ),
    Story(
        id=52,
        slug="tin-tuc/phong-gddt-thach-ha-tong-ket-cong-tac-chuyen-mon-nam-hoc-2024-2025",
        title="Phòng GD&ĐT Thạch Hà tổng kết công tác chuyên môn năm học 2024 - 2025",
        cat="Chuyên môn",
        published_at="2025-05-20T10:20:00+07:00",
        blocks=[
            P(
                "Ngày 19/5/2025, Phòng GD&ĐT Thạch Hà tổ chức hội nghị tổng kết công tác chuyên môn cấp THCS năm học 2024 - 2025. Dự hội nghị có hiệu trưởng, phó hiệu trưởng phụ trách chuyên môn của 28 trường THCS trong huyện."
            ),
            P(
                "Năm học 2024 - 2025, chất lượng giáo dục cấp THCS của huyện tiếp tục có chuyển biến tích cực: 142 học sinh đạt giải học sinh giỏi cấp tỉnh, xếp thứ 3 toàn tỉnh; điểm trung bình thi vào lớp 10 THPT cao hơn mức trung bình chung của tỉnh."
            ),
            P(
                "Trường THCS Lê Văn Thiêm được Phòng GD&ĐT tặng giấy khen tập thể có thành tích xuất sắc trong công tác bồi dưỡng học sinh giỏi với 11 giải cấp tỉnh."
            ),
            P(
                "Hội nghị cũng triển khai một số nhiệm vụ trọng tâm của năm học 2025 - 2026, trong đó nhấn mạnh việc tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 đối với lớp 9 và chuẩn bị các điều kiện cho kỳ thi tuyển sinh vào lớp 10."
            ),
            _right("Nguồn: phonggdthachha.edu.vn", "em"),
        ],
        source="phonggdthachha.edu.vn",
        opts={"poster": "admin", "created": "2025-05-20 10:20", "term": 6, "nfd": True},
    ),
]

STORY_BY_NID = {s.id: s for s in STORIES}


def _alias_of(story: Story) -> str:
    return story.slug


# --- the other nodes: page nodes, the poll, the image nodes -------------------------------------


@dataclass
class PageNode:
    """A node of type "page": no "submitted" line, no terms, comments off."""

    nid: int
    alias: str
    title: str
    html: str


@dataclass
class ImageNode:
    """An image.module node: one photo in three sizes, a short description, a gallery term."""

    nid: int
    alias: str
    title: str
    file: str  # base name under files/images/
    description: str
    poster: str
    created: str


@dataclass
class Poll:
    nid: int
    question: str
    poster: str
    created: str
    choices: list[tuple[str, int]] = field(default_factory=list)


GIOI_THIEU = PageNode(
    2,
    "gioi-thieu",
    "Giới thiệu",
    "<p>Trường THCS Lê Văn Thiêm được thành lập năm 1994 trên cơ sở tách từ Trường PTCS Thạch "
    "Khê, mang tên nhà toán học Lê Văn Thiêm (1918 - 1991), người con của quê hương Hà Tĩnh.</p>"
    "<p>Năm học 2026 - 2027, nhà trường có 21 lớp với 812 học sinh; 48 cán bộ, giáo viên, nhân "
    "viên. Trường đạt chuẩn quốc gia mức độ 2 năm 2022 và kiểm định chất lượng giáo dục cấp độ "
    "3.</p>"
    "<p><strong>Ban Giám hiệu</strong></p>"
    "<ul><li>Hiệu trưởng: thầy Nguyễn Đình Khoa</li>"
    "<li>Phó Hiệu trưởng: cô Trần Thị Thu Hương</li>"
    "<li>Phó Hiệu trưởng: thầy Lê Quang Vinh</li></ul>",
)

LICH_CONG_TAC = PageNode(
    5,
    "lich-cong-tac",
    "Lịch công tác",
    "<p><strong>LỊCH CÔNG TÁC TUẦN 12 (từ 23/11 đến 28/11/2026)</strong></p>"
    '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>'
    "<tr><td><strong>Thứ</strong></td><td><strong>Nội dung</strong></td>"
    "<td><strong>Chủ trì</strong></td></tr>"
    "<tr><td>Thứ 2 (23/11)</td><td>Học sinh nghỉ học (bão số 14); giáo viên trực trường</td>"
    "<td>BGH</td></tr>"
    "<tr><td>Thứ 3 (24/11)</td><td>Họp Hội đồng sư phạm tháng 11</td><td>Hiệu trưởng</td></tr>"
    "<tr><td>Thứ 4 (25/11)</td><td>Thi đấu Hội khỏe Phù Đổng: bóng đá nam</td>"
    "<td>Tổ Thể dục</td></tr>"
    "<tr><td>Thứ 5 (26/11)</td><td>Dự giờ Tổ Toán - Tin</td><td>PHT Trần Thị Thu Hương</td></tr>"
    "<tr><td>Thứ 6 (27/11)</td><td>Kiểm tra hồ sơ chuyên môn</td><td>PHT Lê Quang Vinh</td></tr>"
    "<tr><td>Thứ 7 (28/11)</td><td>Bế mạc Hội khỏe Phù Đổng cấp trường</td>"
    "<td>Liên đội</td></tr>"
    "</tbody></table>",
)

PAGES = {p.nid: p for p in (GIOI_THIEU, LICH_CONG_TAC)}

IMAGES = {
    88: ImageNode(
        88,
        "thu-vien-anh/toan-canh-le-khai-giang-nam-hoc-2026-2027",
        "Toàn cảnh Lễ khai giảng năm học 2026 - 2027",
        "khai-giang-2026-1",
        "Lễ khai giảng năm học mới tại sân trường, sáng 05/9/2026.",
        "bientap",
        "2026-09-05 10:12",
    ),
    89: ImageNode(
        89,
        "thu-vien-anh/thay-hieu-truong-nguyen-dinh-khoa-danh-trong-khai-truong",
        "Thầy Hiệu trưởng Nguyễn Đình Khoa đánh trống khai trường",
        "khai-giang-2026-2",
        "Hồi trống khai trường năm học 2026 - 2027.",
        "bientap",
        "2026-09-05 10:14",
    ),
}
GALLERY_TID = 9
GALLERY = "Hoạt động nhà trường"

POLL = Poll(
    77,
    "Bạn đánh giá thế nào về các hoạt động ngoại khóa của nhà trường?",
    "admin",
    "2026-08-15 07:30",
    [("Rất bổ ích", 112), ("Bổ ích", 71), ("Bình thường", 24), ("Chưa bổ ích", 7)],
)

DELETED_NIDS = {41}

#: every alias -> its internal path (pathauto's url_alias table)
ALIASES: dict[str, str] = {
    **{_alias_of(s): f"node/{s.id}" for s in STORIES},
    **{p.alias: f"node/{p.nid}" for p in PAGES.values()},
    **{i.alias: f"node/{i.nid}" for i in IMAGES.values()},
}
ALIAS_OF: dict[str, str] = {v: k for k, v in ALIASES.items()}


# --- gold ----------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alias = _alias_of(story)
    return gold_record(
        story,
        f"/?q={alias}",
        story.cat,
        alt_paths=(
            f"/?q=node/{story.id}",
            f"/index.php?q=node/{story.id}",
            f"/index.php?q={alias}",
        ),
    )


GOLD: list[dict] = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/?q=gioi-thieu",
    "/?q=lich-cong-tac",
    "/?q=contact",
    "/?q=node/77",
    f"/?q={IMAGES[88].alias}",
    f"/?q={IMAGES[89].alias}",
]


# --- text as this site stores it ----------------------------------------------------------------

_WEEKDAYS = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "CN"]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _when(created: str) -> _dt.datetime:
    return _dt.datetime.strptime(created, "%Y-%m-%d %H:%M")


def drupal_date(created: str) -> str:
    """The site's "medium" date format, as the Vietnamese translation prints it."""
    d = _when(created)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def rss_date(created: str) -> str:
    """format_date($created, 'custom', 'r') in the site's time zone (+0700)."""
    d = _when(created)
    return f"{_EN_DAYS[d.weekday()]}, {d:%d} {_EN_MONTHS[d.month - 1]} {d:%Y %H:%M}:00 +0700"


def tinymce(markup: str) -> str:
    """TinyMCE 3 with entity_encoding "named": characters with a named entity become it."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _t(value: str, nfd: bool = False) -> str:
    s = unicodedata.normalize("NFD", value) if nfd else value
    return esc(s)


def _para_text(p: P, nfd: bool, nbsp: bool) -> str:
    body = _t(p.text, nfd)
    if p.style.startswith("link:"):
        href, anchor = p.style[5:].split("|", 1)
        a = _t(anchor, nfd)
        body = body.replace(a, f'<a href="{esc(href)}">{a}</a>', 1)
    if nbsp:
        body = re.sub(r"([.;:]) (?=[A-ZĐÂÊÔƠƯ0-9])", r"\1&nbsp; ", body)
    return body


def _image_markup(img: Img, nfd: bool) -> str:
    if img.style.startswith("node:"):
        # image.module's filter rendering of [image:N] (size "preview")
        title = _t(img.printed or "", nfd)
        return (
            f'<span class="inline center"><img src="{esc(img.src)}" alt="{title}" '
            f'title="{title}" class="image image-preview" width="640" height="427" />'
            f'<span class="caption" style="width: 638px;"><strong>{title}</strong></span></span>'
        )
    out = (
        f'<p style="text-align: center;"><img src="{esc(img.src)}" alt="" width="600" '
        f'height="400" /></p>'
    )
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{_t(img.printed, nfd)}</em></p>'
    return out


def render_body(story: Story, upto: int | None = None) -> str:
    """The node body as TinyMCE stored it (blocks[:upto] when a teaser is wanted)."""
    nfd = bool(story.opts.get("nfd"))
    nbsp = bool(story.opts.get("nbsp"))
    blocks = story.blocks if upto is None else story.blocks[:upto]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                items = "\n".join(f"<li>{_para_text(g, nfd, False)}</li>" for g in group)
                out.append(f"<ul>\n{items}\n</ul>")
            else:
                rows = []
                for k, g in enumerate(group):
                    cells = [_t(c.strip(), nfd) for c in g.text.split(" | ")]
                    if k == 0:
                        cells = [f"<strong>{c}</strong>" for c in cells]
                    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table style="width: 100%;" border="1" cellspacing="0" cellpadding="3">\n'
                    "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
                )
            i = j
            continue
        if isinstance(b, P):
            t = _para_text(b, nfd, nbsp)
            if b.style in ("lead", "b"):
                out.append(f"<p><strong>{t}</strong></p>")
            elif b.style == "h3":
                out.append(f"<h3>{t}</h3>")
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        elif isinstance(b, Img):
            out.append(_image_markup(b, nfd))
        elif isinstance(b, Raw):
            out.append(unicodedata.normalize("NFD", b.html) if nfd else b.html)
        if story.opts.get("brk") == i and upto is None:
            out.append("<!--break-->")
        i += 1
    return tinymce("\n".join(out))


def teaser_upto(story: Story) -> int:
    """Drupal's teaser: up to <!--break-->, else up to and with the first paragraph."""
    if "brk" in story.opts:
        return story.opts["brk"] + 1
    for i, b in enumerate(story.blocks):
        if isinstance(b, P) and b.style not in ("li", "tr", "h3", "b"):
            return i + 1
    return 1


def trimmed_teaser(story: Story, limit: int = 200) -> str:
    """The views field "Nội dung: Teaser" trimmed to 200 characters, tags stripped."""
    first = _stored(story, next(b.text for b in story.blocks if isinstance(b, P)))
    if len(first) <= limit:
        return esc(first)
    cut = first[:limit].rsplit(" ", 1)[0]
    return esc(cut) + " ..."


def _stored(story: Story, value: str) -> str:
    """A text as the database holds it (the pasted story is decomposed throughout)."""
    return unicodedata.normalize("NFD", value) if story.opts.get("nfd") else value


def _title_html(story: Story) -> str:
    return esc(_stored(story, story.title))


# --- links -------------------------------------------------------------------------------------


def url(q: str, query: str = "") -> str:
    """Drupal 6's url() with clean URLs off on Apache: "/?q=<alias or path>[&query]"."""
    if q == "<front>":
        return "/" + (f"?{query}" if query else "")
    path = ALIAS_OF.get(q, q)
    return f"/?q={path}" + (f"&{query}" if query else "")


def a(q: str, label: str, query: str = "", **attrs: str) -> str:
    extra = "".join(f' {k.rstrip("_")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(url(q, query))}"{extra}>{label}</a>'


def user_link(account: str) -> str:
    uid = ACCOUNTS[account]
    return f'<a href="/?q=user/{uid}" title="Xem hồ sơ thành viên.">{account}</a>'


def submitted(account: str, created: str) -> str:
    return f"Gửi bởi {user_link(account)} lúc {drupal_date(created)}"


# --- page.tpl.php of the "thcs_garland" subtheme --------------------------------------------------

PRIMARY = [
    ("<front>", "Trang chủ"),
    ("node/2", "Giới thiệu"),
    ("tin-tuc", "Tin tức"),
    ("taxonomy/term/5", "Tin hoạt động"),
    ("taxonomy/term/6", "Chuyên môn"),
    ("taxonomy/term/7", "Thông báo"),
    ("node/5", "Lịch công tác"),
    ("image", "Thư viện ảnh"),
    ("contact", "Liên hệ"),
]


def _primary_links() -> str:
    items = []
    for n, (q, label) in enumerate(PRIMARY):
        cls = f"menu-{113 + n * 7}" + (" first" if n == 0 else "")
        cls += " last" if n == len(PRIMARY) - 1 else ""
        href = url(q)
        items.append(f'<li class="{cls}"><a href="{esc(href)}" title="">{label}</a></li>')
    return '<ul class="links primary-links">' + "".join(items) + "</ul>"


def _block(bid: str, subject: str, content: str) -> str:
    module = bid.rsplit("-", 1)[0]
    heading = f"  <h2>{subject}</h2>\n" if subject else ""
    return (
        f'<div id="block-{bid}" class="clear-block block block-{module}">\n'
        f'{heading}  <div class="content">{content}</div>\n</div>\n'
    )


def _term_count(tid: int) -> int:
    return sum(1 for s in STORIES if s.opts["term"] == tid)


def _sidebar_left(action: str, q: str) -> str:
    dest = q.replace("/", "%2F")
    search = (
        f'<form action="{esc(action)}" accept-charset="UTF-8" method="post" '
        'id="search-block-form"><div><div class="container-inline">'
        '<div class="form-item" id="edit-search-block-form-1-wrapper">'
        '<label for="edit-search-block-form-1">Tìm kiếm trong website này: </label>'
        '<input type="text" maxlength="128" name="search_block_form" '
        'id="edit-search-block-form-1" size="15" value="" title="Nhập từ khóa bạn muốn tìm." '
        'class="form-text" /></div><input type="submit" name="op" id="edit-submit-1" '
        'value="Tìm kiếm" class="form-submit" />'
        '<input type="hidden" name="form_build_id" id="form-6b1f0c8e2d9a" '
        'value="form-6b1f0c8e2d9a" /><input type="hidden" name="form_id" '
        'id="edit-search-block-form" value="search_block_form" /></div></div></form>'
    )
    terms = "".join(
        f"<li>{a(f'taxonomy/term/{tid}', name)} ({_term_count(tid)})</li>"
        for tid, name in TERMS.items()
    )
    login = (
        f'<form action="/?q={esc(q)}&amp;destination={esc(dest)}" accept-charset="UTF-8" '
        'method="post" id="user-login-form"><div>'
        '<div class="form-item" id="edit-name-wrapper"><label for="edit-name">Tên truy cập: '
        '<span class="form-required" title="Trường này là bắt buộc.">*</span></label>'
        '<input type="text" maxlength="60" name="name" id="edit-name" size="15" value="" '
        'class="form-text required" /></div>'
        '<div class="form-item" id="edit-pass-wrapper"><label for="edit-pass">Mật khẩu: '
        '<span class="form-required" title="Trường này là bắt buộc.">*</span></label>'
        '<input type="password" name="pass" id="edit-pass" maxlength="60" size="15" '
        'class="form-text required" /></div>'
        '<input type="submit" name="op" id="edit-submit" value="Đăng nhập" class="form-submit" />'
        '<div class="item-list"><ul><li class="first">'
        '<a href="/?q=user/register" title="Tạo tài khoản thành viên mới.">Tạo tài khoản mới</a>'
        '</li><li class="last"><a href="/?q=user/password" '
        'title="Yêu cầu mật khẩu mới qua email.">Yêu cầu mật khẩu mới</a></li></ul></div>'
        '<input type="hidden" name="form_id" id="edit-user-login-block" '
        'value="user_login_block" /></div></form>'
    )
    radios = "".join(
        f'<div class="form-item" id="edit-choice-{n}-wrapper"><label class="option" '
        f'for="edit-choice-{n}"><input type="radio" id="edit-choice-{n}" name="choice" '
        f'value="{n}" class="form-radio" /> {esc(label)}</label></div>'
        for n, (label, _votes) in enumerate(POLL.choices)
    )
    poll = (
        f'<form action="{esc(action)}" accept-charset="UTF-8" method="post" '
        'id="poll-view-voting"><div><div class="poll"><div class="vote-form">'
        f'<div class="choices"><div class="title">{esc(POLL.question)}</div>'
        f'<div class="form-radios">{radios}</div></div>'
        '<input type="hidden" name="nid" id="edit-nid" value="77" />'
        '<input type="submit" name="op" id="edit-vote" value="Bình chọn" class="form-submit" />'
        "</div></div></div></form>"
        '<div class="links"><ul class="links"><li class="0 first">'
        '<a href="/?q=poll" title="Xem danh sách các cuộc thăm dò trên website.">'
        'Các cuộc thăm dò cũ</a></li><li class="1 last">'
        '<a href="/?q=node/77/results" title="Xem kết quả bình chọn hiện tại.">Kết quả</a>'
        "</li></ul></div>"
    )
    online = "Hiện tại có 0 thành viên và 5 khách trực tuyến."  # who's online
    stats = (
        '<div class="thongke"><p>Đang truy cập: <strong>5</strong></p>'
        "<p>Hôm nay: <strong>418</strong></p><p>Hôm qua: <strong>602</strong></p>"
        "<p>Tổng lượt truy cập: <strong>1.204.551</strong></p></div>"
    )
    return (
        '<div id="sidebar-left" class="sidebar">\n'
        + _block("search-0", "", search)
        + _block("taxonomy_menu-1", "Danh mục", f'<ul class="menu">{terms}</ul>')
        + _block("user-0", "Đăng nhập", login)
        + _block("poll-0", "Thăm dò ý kiến", poll)
        + _block("user-3", "Ai đang trực tuyến", online)
        + _block("block-4", "Thống kê truy cập", stats)
        + "</div>\n"
    )


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)[:n]


def _sidebar_right() -> str:
    # the designer's PHP block: '<a href="?q=node/' . $node->nid . '">' (no alias lookup)
    tin_moi = "".join(
        f'<li><a href="/?q=node/{s.id}">{_title_html(s)}</a></li>' for s in _newest(5)
    )
    anh = "".join(
        f'<a href="{esc(url(f"node/{i.nid}"))}"><img src="{FILES}/images/{i.file}.thumbnail.jpg"'
        f' alt="{esc(i.title)}" title="{esc(i.title)}" class="image image-thumbnail" '
        'width="100" height="67" /></a>'
        for i in IMAGES.values()
    )
    links = "".join(
        f'<option value="{h}">{esc(t)}</option>'
        for h, t in (
            ("http://www.moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
            ("http://hatinh.edu.vn", "Sở GD&ĐT Hà Tĩnh"),
            ("http://hatinh.gov.vn", "Cổng TTĐT tỉnh Hà Tĩnh"),
            ("http://truonghocketnoi.edu.vn", "Trường học kết nối"),
        )
    )
    return (
        '<div id="sidebar-right" class="sidebar">\n'
        + _block("block-2", "Tin mới", f'<div class="item-list"><ul>{tin_moi}</ul></div>')
        + _block("image-1", "Ảnh mới", f'<div class="images">{anh}</div>')
        + _block(
            "block-3",
            "Liên kết website",
            '<select name="lienket" onchange="if(this.value!=\'\')window.open(this.value)">'
            f'<option value="">-- Chọn liên kết --</option>{links}</select>',
        )
        + "</div>\n"
    )


def page(
    request: Request,
    q: str,
    title: str,
    content: str,
    *,
    breadcrumb: list[tuple[str, str]] | None = None,
    tabs: list[tuple[str, str, bool]] | None = None,
    feed: str | None = None,
    status: int = 200,
    head_title: str | None = None,
) -> Response:
    """A themed page. ``q`` is the internal path Drupal resolved (login form destination)."""
    action = request.path + (f"?{request.query}" if request.query else "")
    crumbs = [a("<front>", "Trang chủ")]
    for cq, label in breadcrumb or []:
        crumbs.append(a(cq, label))
    crumb_html = '<div class="breadcrumb">' + " › ".join(crumbs) + "</div>"
    tabs_html = ""
    if tabs:
        lis = "".join(
            f"<li{' class=' + chr(34) + 'active' + chr(34) if on else ''}>"
            f'<a href="{esc(href)}"{" class=" + chr(34) + "active" + chr(34) if on else ""}>'
            f"{label}</a></li>"
            for href, label, on in tabs
        )
        tabs_html = f'<ul class="tabs primary">{lis}</ul>'
    feed_head = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} RSS" '
        f'href="{esc(feed)}" />\n'
        if feed
        else ""
    )
    feed_icon = (
        f'<a href="{esc(feed)}" class="feed-icon"><img src="/misc/feed.png" alt="Nạp dữ liệu '
        f'RSS" title="{esc(SITE)} RSS" width="16" height="16" /></a>'
        if feed
        else ""
    )
    head = head_title or f"{title} | {SITE}"
    title_html = f'<h1 class="title">{title}</h1>' if title else ""
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi" dir="ltr">
  <head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{head}</title>
    <link rel="shortcut icon" href="{THEME}/favicon.ico" type="image/x-icon" />
{feed_head}    <link type="text/css" rel="stylesheet" media="all" href="{FILES}/css/css_3f8a0b6c51d2e4.css" />
<link type="text/css" rel="stylesheet" media="print" href="{FILES}/css/css_9c2d71e0ab44f1.css" />
    <script type="text/javascript" src="{FILES}/js/js_5e0a7d9b3c1f26.js"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{ "basePath": "/" }});
//--><!]]>
</script>
    <!--[if lt IE 7]>
      <link type="text/css" rel="stylesheet" media="all" href="{THEME}/fix-ie.css" />
    <![endif]-->
  </head>
  <body class="sidebars">

<!-- Layout -->
  <div id="header-region" class="clear-block"><div class="ngay-thang">Hôm nay: {TODAY}</div></div>

    <div id="wrapper">
    <div id="container" class="clear-block">

      <div id="header">
        <div id="logo-floater">
        <h1><a href="/" title="{SITE}"><img src="{THEME}/logo.png" alt="{SITE}" id="logo" /><span>{SITE}</span></a></h1>
        <div id="site-slogan">Kỷ cương - Tình thương - Trách nhiệm</div>
        </div>
        {_primary_links()}
      </div> <!-- /header -->

{_sidebar_left(action, q)}
      <div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">
          {crumb_html}
          {title_html}
          {tabs_html}
          <div class="clear-block">
{content}
          </div>
          {feed_icon}
          <div id="footer"><p>Bản quyền &copy; 2016 {SITE}<br />Địa chỉ: xã Thạch Khê, tỉnh Hà Tĩnh - Điện thoại: 0239.3845.216 - Email: c2levanthiem@hatinh.edu.vn<br />Thiết kế bởi Công ty TNHH Tin học Hồng Lĩnh</p>
</div>
      </div></div></div></div> <!-- /.left-corner, /.right-corner, /#squeeze, /#center -->

{_sidebar_right()}
    </div> <!-- /container -->
  </div>
<!-- /layout -->

  </body>
</html>
"""
    return html(body, status=status)


# --- nodes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comment:
    cid: int
    nid: int
    name: str
    created: str
    subject: str
    text: str


def _comments() -> dict[int, list[Comment]]:
    flat = [
        (created, s.id, name, subject, body)
        for s in STORIES
        for (name, created, subject, body) in s.opts.get("comments", [])
    ]
    out: dict[int, list[Comment]] = {}
    for cid, (created, nid, name, subject, body) in enumerate(sorted(flat), start=187):
        out.setdefault(nid, []).append(Comment(cid, nid, name, created, subject, body))
    return out


COMMENTS = _comments()


def _views_count(nid: int) -> int:
    story = STORY_BY_NID.get(nid)
    return story.views() if story else 160 + nid * 3


def _terms_html(tid: int, name: str, q: str | None = None) -> str:
    target = q or f"taxonomy/term/{tid}"
    return (
        f'<div class="terms"><ul class="links inline"><li class="taxonomy_term_{tid} first last">'
        f"{a(target, esc(name), rel='tag', title='')}</li></ul></div>"
    )


def _attachments(request: Request, story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    host = base_url(request)
    rows = "".join(
        f'<tr class="{"odd" if n % 2 == 0 else "even"}"><td><a href="{host}{FILES}/{name}">'
        f"{name}</a></td><td>{size}</td> </tr>\n"
        for n, (name, size) in enumerate(files)
    )
    return (
        '<table id="attachments" class="sticky-enabled">\n <thead><tr><th>Đính kèm</th>'
        f"<th>Kích thước</th> </tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n"
    )


def _links(items: list[str]) -> str:
    lis = []
    for n, item in enumerate(items):
        cls = ["first"] * (n == 0) + ["last"] * (n == len(items) - 1)
        lis.append(f'<li class="{" ".join(cls)}">{item}</li>' if cls else f"<li>{item}</li>")
    return f'<ul class="links inline">{"".join(lis)}</ul>'


def node_story(request: Request, story: Story, *, teaser: bool, in_page: bool) -> str:
    """node.tpl.php: ``in_page`` false prints the title as an <h2> link (teasers, reply page)."""
    nid = story.id
    alias_q = f"node/{nid}"
    title = _title_html(story)
    plain = _stored(story, story.title)
    head = "" if in_page else f"<h2>{a(alias_q, title, title=plain)}</h2>\n"
    sticky = " sticky" if story.opts.get("sticky") and teaser else ""
    if teaser:
        body = render_body(story, teaser_upto(story))
    else:
        body = render_body(story) + "\n" + _attachments(request, story)
    count = len(COMMENTS.get(nid, []))
    views = f"<span>{_views_count(nid)} lượt đọc</span>"
    if teaser:
        links = [a(alias_q, "Đọc thêm", title=plain)]
        if count:
            links.append(
                f'<a href="{esc(url(alias_q))}#comments" title="Đọc các bình luận của bài '
                f'viết này.">{count} bình luận</a>'
            )
        links.append(
            f'<a href="/?q=comment/reply/{nid}#comment-form" title="Thêm bình luận mới cho bài '
            f'viết này.">Thêm bình luận mới</a>'
        )
        links.append(views)
    else:
        links = [
            f'<a href="/?q=print/{nid}" title="Hiển thị phiên bản thân thiện với máy in của '
            'trang này." class="print-page" rel="nofollow">Phiên bản in</a>',
            f'<a href="/?q=comment/reply/{nid}#comment-form" title="Chia sẻ suy nghĩ và ý kiến '
            'của bạn liên quan đến bài viết này.">Thêm bình luận mới</a>',
            views,
        ]
    tid = story.opts["term"]
    return (
        f'<div id="node-{nid}" class="node{sticky}">\n{head}'
        f'  <span class="submitted">{submitted(story.opts["poster"], story.opts["created"])}'
        "</span>\n"
        f"  {_terms_html(tid, TERMS[tid])}\n"
        f'  <div class="content clear-block">\n{body}\n  </div>\n'
        f'  <div class="clear-block"><div class="links">{_links(links)}</div></div>\n'
        "</div>\n"
    )


def _comment_html(c: Comment, n: int) -> str:
    zebra = "odd" if n % 2 == 0 else "even"
    return (
        f'<a id="comment-{c.cid}"></a>\n'
        f'<div class="comment comment-published {zebra} comment-by-anon clear-block">\n'
        f'  <div class="submitted">Gửi bởi {esc(c.name)} (chưa xác thực) lúc '
        f"{drupal_date(c.created)}</div>\n"
        f'  <h3><a href="/?q=node/{c.nid}#comment-{c.cid}" class="active">{esc(c.subject)}'
        "</a></h3>\n"
        f'  <div class="content"><p>{esc(c.text)}</p></div>\n'
        f'  <div class="links"><ul class="links"><li class="comment_reply first last">'
        f'<a href="/?q=comment/reply/{c.nid}/{c.cid}">trả lời</a></li></ul></div>\n'
        "</div>\n"
    )


def comment_form(nid: int, pid: int | None = None, box: str = "Gửi bình luận mới") -> str:
    action = f"/?q=comment/reply/{nid}" + (f"/{pid}" if pid else "")
    return (
        f'<div class="box"><h2>{box}</h2><div class="content">'
        f'<form action="{action}" accept-charset="UTF-8" method="post" id="comment-form"><div>'
        '<div class="form-item" id="edit-name-1-wrapper"><label for="edit-name-1">Tên của bạn: '
        "</label>"
        '<input type="text" maxlength="60" name="name" id="edit-name-1" size="30" value="Khách" '
        'class="form-text" /></div>'
        '<div class="form-item" id="edit-mail-wrapper"><label for="edit-mail">E-mail: </label>'
        '<input type="text" maxlength="64" name="mail" id="edit-mail" size="30" value="" '
        'class="form-text" /><div class="description">Nội dung này được giữ kín và không hiển '
        "thị công khai.</div></div>"
        '<div class="form-item" id="edit-homepage-wrapper"><label for="edit-homepage">Trang '
        'chủ: </label><input type="text" maxlength="255" name="homepage" id="edit-homepage" '
        'size="30" value="" class="form-text" /></div>'
        '<div class="form-item" id="edit-subject-wrapper"><label for="edit-subject">Tiêu đề: '
        '</label><input type="text" maxlength="64" name="subject" id="edit-subject" size="60" '
        'value="" class="form-text" /></div>'
        '<div class="form-item" id="edit-comment-wrapper"><label for="edit-comment">Bình luận: '
        '<span class="form-required" title="Trường này là bắt buộc.">*</span></label>'
        '<textarea cols="60" rows="15" name="comment" id="edit-comment" '
        'class="form-textarea resizable required"></textarea></div>'
        '<input type="hidden" name="form_id" id="edit-comment-form" value="comment_form" />'
        '<input type="submit" name="op" id="edit-submit-2" value="Lưu" class="form-submit" />'
        '<input type="submit" name="op" id="edit-preview" value="Xem trước" class="form-submit" />'
        "</div></form></div></div>"
    )


def story_page(request: Request, story: Story) -> Response:
    nid = story.id
    comments = COMMENTS.get(nid, [])
    content = node_story(request, story, teaser=False, in_page=True)
    content += '<div id="comments">'
    if comments:
        content += '<h2 class="comments">Bình luận</h2>\n'
        content += "".join(_comment_html(c, n) for n, c in enumerate(comments))
    content += comment_form(nid) + "</div>"
    return page(request, f"node/{nid}", _title_html(story), content)


def comment_reply_page(request: Request, story: Story, pid: int | None) -> Response:
    """comment/reply/N: the node in full ($page false), or comment C, then the form."""
    nid = story.id
    if pid is None:
        content = node_story(request, story, teaser=False, in_page=False)
    else:
        found = [c for c in COMMENTS.get(nid, []) if c.cid == pid]
        if not found:
            return not_found(request, f"comment/reply/{nid}/{pid}")
        content = _comment_html(found[0], 0)
    content += comment_form(nid, pid, "Trả lời")
    q = f"comment/reply/{nid}" + (f"/{pid}" if pid else "")
    return page(
        request,
        q,
        "Trả lời bình luận",
        content,
        breadcrumb=[(f"node/{nid}", _title_html(story))],
    )


def print_page(request: Request, story: Story) -> Response:
    """print module's printer-friendly page (its strings were never translated)."""
    host = base_url(request)
    source = f"{host}{url(f'node/{story.id}')}"
    title = _title_html(story)
    links = re.findall(r'<a href="([^"]+)"', render_body(story))
    link_list = "".join(
        f"[{n}] {host + h if h.startswith('/') else h}<br />" for n, h in enumerate(links, 1)
    )
    if link_list:
        link_list = (
            f'    <div class="print-links"><p><strong>Links:</strong><br />{link_list}</p></div>\n'
        )

    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi" dir="ltr">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{title} | {SITE}</title>
    <meta name="robots" content="noindex, nofollow" />
    <link type="text/css" rel="stylesheet" media="all" href="/sites/all/modules/print/css/print.css" />
  </head>
  <body>
    <div class="print-logo"><img class="print-logo" src="{THEME}/logo.png" alt="" id="logo" /></div>
    <div class="print-site_name">Published on {SITE} ({host})</div>
    <p />
    <div class="print-breadcrumb"><a href="{host}/">Trang chủ</a></div>
    <hr class="print-hr" />
    <h1 class="print-title">{title}</h1>
    <div class="print-submitted">Gửi bởi {story.opts["poster"]} lúc {drupal_date(story.opts["created"])}</div>
    <div class="print-created">Created {story.opts["created"][8:10]}/{story.opts["created"][5:7]}/{story.opts["created"][:4]} - {story.opts["created"][11:]}</div>
    <div class="print-content">{render_body(story)}
{_attachments(request, story)}</div>
    <div class="print-taxonomy"><ul class="links inline"><li class="first last">{esc(story.cat)}</li></ul></div>
    <div class="print-footer">Bản quyền &copy; 2016 {SITE}</div>
    <hr class="print-hr" />
    <div class="print-source_url"><strong>Source URL:</strong> <a href="{source}">{source}</a></div>
{link_list}  </body>
</html>
"""
    return html(body)


def _image_src(img: ImageNode, size: str) -> tuple[str, int, int]:
    if size == "thumbnail":
        return f"{FILES}/images/{img.file}.thumbnail.jpg", 100, 67
    if size == "_original":
        return f"{FILES}/images/{img.file}.jpg", 2048, 1365
    return f"{FILES}/images/{img.file}.preview.jpg", 640, 427


def image_node_page(request: Request, img: ImageNode) -> Response:
    size = request.params.get("size", "preview")
    if size not in ("thumbnail", "preview", "_original"):
        size = "preview"
    src, w, h = _image_src(img, size)
    q = f"node/{img.nid}"
    sizes = []
    for key, label in (
        ("thumbnail", "Ảnh nhỏ"),
        ("preview", "Xem trước"),
        ("_original", "Ảnh gốc"),
    ):
        if key == size:
            sizes.append(label)
        else:
            sizes.append(a(q, label, "" if key == "preview" else f"size={key}"))
    content = (
        f'<div id="node-{img.nid}" class="node">\n'
        f'  <span class="submitted">{submitted(img.poster, img.created)}</span>\n'
        f"  {_terms_html(GALLERY_TID, GALLERY, f'image/tid/{GALLERY_TID}')}\n"
        f'  <div class="content clear-block">\n'
        f'<div class="image-node"><img src="{src}" alt="{esc(img.title)}" '
        f'title="{esc(img.title)}" class="image image-{size.strip("_")}" width="{w}" '
        f'height="{h}" /></div>\n<p>{esc(img.description)}</p>\n  </div>\n'
        f'  <div class="clear-block"><div class="links">'
        f"{_links([*sizes, f'<span>{_views_count(img.nid)} lượt đọc</span>'])}</div></div>\n"
        "</div>\n"
    )
    return page(
        request,
        q,
        esc(img.title),
        content,
        breadcrumb=[("image", "Thư viện ảnh"), (f"image/tid/{GALLERY_TID}", GALLERY)],
    )


def _poll_total() -> int:
    return sum(v for _c, v in POLL.choices)


def _poll_bars() -> str:
    total = _poll_total()
    out = []
    for label, votes in POLL.choices:
        pct = round(100 * votes / total)
        out.append(
            f'<div class="text">{esc(label)}</div><div class="bar"><div style="width: {pct}%;" '
            f'class="foreground"></div></div><div class="percent">{pct}% ({votes} phiếu)</div>'
        )
    return (
        '<div class="poll">' + "".join(out) + f'<div class="total">Tổng số phiếu: {total}</div>'
        "</div>"
    )


def poll_page(request: Request, results: bool) -> Response:
    q = f"node/{POLL.nid}" + ("/results" if results else "")
    if results:
        inner = _poll_bars()
    else:
        radios = "".join(
            f'<div class="form-item"><label class="option"><input type="radio" name="choice" '
            f'value="{n}" class="form-radio" /> {esc(label)}</label></div>'
            for n, (label, _v) in enumerate(POLL.choices)
        )
        inner = (
            f'<form action="/?q=node/{POLL.nid}" accept-charset="UTF-8" method="post" '
            'id="poll-view-voting-1"><div class="poll"><div class="vote-form"><div class="choices">'
            f'<div class="form-radios">{radios}</div></div>'
            '<input type="submit" name="op" value="Bình chọn" class="form-submit" />'
            "</div></div></form>"
        )
    content = (
        f'<div id="node-{POLL.nid}" class="node">\n'
        f'  <span class="submitted">{submitted(POLL.poster, POLL.created)}</span>\n'
        f'  <div class="content clear-block">{inner}</div>\n'
        f'  <div class="clear-block"><div class="links">'
        f"{_links([f'<span>{_views_count(POLL.nid)} lượt đọc</span>'])}</div></div>\n"
        "</div>\n"
    )
    tabs = [
        (f"/?q=node/{POLL.nid}", "Bình chọn", not results),
        (f"/?q=node/{POLL.nid}/results", "Kết quả", results),
    ]
    return page(request, q, esc(POLL.question), content, tabs=tabs)


def poll_teaser() -> str:
    return (
        f'<div id="node-{POLL.nid}" class="node">\n'
        f"<h2>{a(f'node/{POLL.nid}', esc(POLL.question), title=POLL.question)}</h2>\n"
        f'  <span class="submitted">{submitted(POLL.poster, POLL.created)}</span>\n'
        f'  <div class="content clear-block">{_poll_bars()}</div>\n'
        f'  <div class="clear-block"><div class="links">'
        f"{_links([a(f'node/{POLL.nid}', 'Bình chọn'), a('poll', 'Các cuộc thăm dò cũ')])}"
        "</div></div>\n</div>\n"
    )


def page_node(request: Request, node: PageNode) -> Response:
    content = (
        f'<div id="node-{node.nid}" class="node">\n'
        f'  <div class="content clear-block">\n{tinymce(node.html)}\n  </div>\n</div>\n'
    )
    return page(request, f"node/{node.nid}", esc(node.title), content)


# --- listings ----------------------------------------------------------------------------------


def _page_number(request: Request) -> int:
    raw = request.params.get("page", "0").split(",")[0]
    return int(raw) if raw.isdigit() else 0


def pager(q: str, current: int, pages: int) -> str:
    """theme_pager of Drupal 6 (Vietnamese): page 0 carries no ``page`` parameter."""
    if pages <= 1:
        return ""

    def link(n: int, label: str, title: str) -> str:
        return a(q, label, f"page={n}" if n else "", title=title, class_="active")

    items = []
    if current > 0:
        items.append(("pager-first first", link(0, "« Trang đầu", "Đến trang đầu")))
        items.append(("pager-previous", link(current - 1, "‹ trước", "Đến trang trước")))
    for n in range(pages):
        if n == current:
            items.append(("pager-current", str(n + 1)))
        else:
            items.append(("pager-item", link(n, str(n + 1), f"Đến trang {n + 1}")))
    if current < pages - 1:
        items.append(("pager-next", link(current + 1, "tiếp theo ›", "Đến trang sau")))
        items.append(("pager-last last", link(pages - 1, "trang cuối »", "Đến trang cuối")))
    lis = "".join(f'<li class="{cls}">{body}</li>' for cls, body in items)
    return f'<div class="item-list"><ul class="pager">{lis}</ul></div>'


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


def _front_items() -> list[tuple[str, object]]:
    """Promoted nodes: sticky first, then by creation date, newest first."""
    items: list[tuple[bool, str, object]] = [
        (bool(s.opts.get("sticky")), s.opts["created"], s) for s in STORIES
    ]
    items.append((False, POLL.created, POLL))
    items.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [(created, node) for _sticky, created, node in items]


def front_page(request: Request) -> Response:
    items = _front_items()
    n = _page_number(request)
    pages = _pages(len(items), FRONT_PER_PAGE)
    if n >= pages:
        n = pages - 1  # Drupal's pager clamps an out-of-range page to the last one
    chunk = items[n * FRONT_PER_PAGE : (n + 1) * FRONT_PER_PAGE]
    teasers = "".join(
        poll_teaser() if node is POLL else node_story(request, node, teaser=True, in_page=False)
        for _c, node in chunk
    )
    content = teasers + pager("node", n, pages)
    return page(
        request,
        "node",
        "",
        content,
        feed="/?q=rss.xml",
        head_title=f"{SITE} | Kỷ cương - Tình thương - Trách nhiệm",
    )


def _stories_by_date() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)


def views_tin_tuc(request: Request) -> Response:
    stories = _stories_by_date()
    n = _page_number(request)
    pages = _pages(len(stories), VIEWS_PER_PAGE)
    if n >= pages:
        n = pages - 1
    chunk = stories[n * VIEWS_PER_PAGE : (n + 1) * VIEWS_PER_PAGE]
    rows = []
    for k, s in enumerate(chunk):
        cls = f"views-row views-row-{k + 1} views-row-{'odd' if k % 2 == 0 else 'even'}"
        cls += " views-row-first" if k == 0 else ""
        cls += " views-row-last" if k == len(chunk) - 1 else ""
        d = s.opts["created"]
        rows.append(
            f'  <div class="{cls}">\n'
            f'  <div class="views-field-title"><span class="field-content">'
            f"{a(f'node/{s.id}', _title_html(s))}</span></div>\n"
            f'  <div class="views-field-created"><label class="views-label-created">Ngày '
            f'đăng: </label><span class="field-content">{d[8:10]}/{d[5:7]}/{d[:4]}</span>'
            "</div>\n"
            f'  <div class="views-field-teaser"><div class="field-content">{trimmed_teaser(s)}'
            "</div></div>\n  </div>\n"
        )
    content = (
        '<div class="view view-tin-tuc view-id-tin_tuc view-display-id-page_1 '
        'view-dom-id-1">\n<div class="view-content">\n'
        + "".join(rows)
        + "</div>\n"
        + pager("tin-tuc", n, pages)
        + "\n</div>"
    )
    return page(request, "tin-tuc", "Tin tức", content)


def term_page(request: Request, tid: int) -> Response:
    stories = [s for s in _stories_by_date() if s.opts["term"] == tid]
    n = _page_number(request)
    pages = _pages(len(stories), TERM_PER_PAGE)
    if n >= pages:
        n = pages - 1
    chunk = stories[n * TERM_PER_PAGE : (n + 1) * TERM_PER_PAGE]
    content = "".join(node_story(request, s, teaser=True, in_page=False) for s in chunk)
    content += pager(f"taxonomy/term/{tid}", n, pages)
    feed = f"/?q=taxonomy/term/{tid}/0/feed"
    return page(request, f"taxonomy/term/{tid}", esc(TERMS[tid]), content, feed=feed)


def rss(request: Request, stories: list[Story], title: str, link_q: str) -> Response:
    host = base_url(request)
    items = []
    for s in stories:
        tid = s.opts["term"]
        desc = esc(render_body(s, teaser_upto(s)))
        items.append(
            "<item>\n"
            f" <title>{_title_html(s)}</title>\n"
            f" <link>{host}/?q=node/{s.id}</link>\n"
            f" <description>{desc}</description>\n"
            f" <comments>{host}/?q=node/{s.id}#comments</comments>\n"
            f' <category domain="{host}/?q=taxonomy/term/{tid}">{esc(TERMS[tid])}</category>\n'
            f" <pubDate>{rss_date(s.opts['created'])}</pubDate>\n"
            f" <dc:creator>{s.opts['poster']}</dc:creator>\n"
            f' <guid isPermaLink="false">{s.id} at {host}</guid>\n'
            "</item>\n"
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<rss version="2.0" xml:base="{host}/index.php" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f" <title>{esc(title)}</title>\n <link>{host}/{'?q=' + link_q if link_q else ''}</link>\n"
        " <description></description>\n <language>vi</language>\n"
        + "".join(items)
        + "</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def gallery_index(request: Request) -> Response:
    first = next(iter(IMAGES.values()))
    thumb = (
        f'<img src="{FILES}/images/{first.file}.thumbnail.jpg" alt="{esc(first.title)}" '
        'class="image image-thumbnail" width="100" height="67" />'
    )
    gallery_q = f"image/tid/{GALLERY_TID}"
    content = (
        f'<ul class="galleries"><li class="clear-block"><h3>{a(gallery_q, esc(GALLERY))}</h3>'
        f"{a(gallery_q, thumb)}"
        f'<div class="count">Có {len(IMAGES)} ảnh trong thư viện này.</div></li></ul>'
    )
    return page(request, "image", "Thư viện ảnh", content)


def gallery_page(request: Request) -> Response:
    cells = "".join(
        f'<li><a href="{esc(url(f"node/{i.nid}"))}"><img src="{FILES}/images/{i.file}.thumbnail.jpg"'
        f' alt="{esc(i.title)}" title="{esc(i.title)}" class="image image-thumbnail" '
        f'width="100" height="67" /></a><h3>{a(f"node/{i.nid}", esc(i.title))}</h3></li>'
        for i in IMAGES.values()
    )
    content = f'<ul class="images">{cells}</ul>'
    return page(
        request,
        f"image/tid/{GALLERY_TID}",
        esc(GALLERY),
        content,
        breadcrumb=[("image", "Thư viện ảnh")],
    )


def poll_list(request: Request) -> Response:
    link = a(f"node/{POLL.nid}", esc(POLL.question))
    content = (
        f'<div class="item-list"><ul><li class="first last">{link}'
        f" - {_poll_total()} phiếu - đang mở</li></ul></div>"
    )
    return page(request, "poll", "Thăm dò ý kiến", content)


# --- users, forms, errors ------------------------------------------------------------------------

_USER_TABS = [
    ("/?q=user/register", "Tạo tài khoản mới"),
    ("/?q=user", "Đăng nhập"),
    ("/?q=user/password", "Yêu cầu mật khẩu mới"),
]


def _form_item(name: str, label: str, kind: str = "text", required: bool = True) -> str:
    star = (
        ' <span class="form-required" title="Trường này là bắt buộc.">*</span>' if required else ""
    )
    if kind == "textarea":
        field_html = f'<textarea cols="60" rows="5" name="{name}" class="form-textarea"></textarea>'
    else:
        field_html = f'<input type="{kind}" name="{name}" size="60" value="" class="form-text" />'
    return f'<div class="form-item"><label>{label}:{star}</label>{field_html}</div>'


def user_page(request: Request, which: str) -> Response:
    if which == "register":
        title, fields, button = (
            "Tài khoản thành viên",
            _form_item("name", "Tên truy cập") + _form_item("mail", "Địa chỉ e-mail"),
            "Tạo tài khoản mới",
        )
        active = "/?q=user/register"
    elif which == "password":
        title, fields, button = (
            "Tài khoản thành viên",
            _form_item("name", "Tên truy cập hoặc địa chỉ e-mail"),
            "Gửi mật khẩu mới qua e-mail",
        )
        active = "/?q=user/password"
    else:
        title, fields, button = (
            "Tài khoản thành viên",
            _form_item("name", "Tên truy cập") + _form_item("pass", "Mật khẩu", "password"),
            "Đăng nhập",
        )
        active = "/?q=user"
    q = "user" + (f"/{which}" if which else "")
    content = (
        f'<form action="/?q={q}" accept-charset="UTF-8" method="post" id="user-form"><div>'
        f'{fields}<input type="submit" name="op" value="{button}" class="form-submit" />'
        "</div></form>"
    )
    tabs = [(href, label, href == active) for href, label in _USER_TABS]
    return page(request, q, title, content, tabs=tabs)


def profile_page(request: Request, uid: int) -> Response | None:
    names = {v: k for k, v in ACCOUNTS.items()}
    if uid not in names:
        return not_found(request, f"user/{uid}")
    since = {1: "10 năm 4 tuần", 3: "10 năm 3 tuần", 5: "8 năm 11 tuần"}[uid]
    content = (
        '<div class="profile"><h3>Lịch sử</h3><dl class="user-member">'
        f"<dt>Thành viên trong</dt><dd>{since}</dd></dl></div>"
    )
    tabs = [(f"/?q=user/{uid}", "Xem", True)]
    return page(request, f"user/{uid}", names[uid], content, tabs=tabs)


def search_page(request: Request) -> Response:
    content = (
        '<form action="/?q=search/node" accept-charset="UTF-8" method="post" id="search-form" '
        'class="search-form"><div><div class="form-item"><label>Nhập từ khóa: </label>'
        '<div class="container-inline"><input type="text" maxlength="255" name="keys" '
        'size="40" value="" class="form-text" /><input type="submit" name="op" '
        'value="Tìm kiếm" class="form-submit" /></div></div></div></form>'
    )
    tabs = [("/?q=search/node", "Nội dung", True), ("/?q=search/user", "Thành viên", False)]
    return page(request, "search/node", "Tìm kiếm", content, tabs=tabs)


def contact_page(request: Request) -> Response:
    content = (
        "<p>Mọi ý kiến đóng góp, thắc mắc xin gửi về Ban Giám hiệu nhà trường qua mẫu dưới đây "
        "hoặc liên hệ trực tiếp Văn phòng nhà trường, điện thoại 0239.3845.216.</p>"
        '<form action="/?q=contact" accept-charset="UTF-8" method="post" id="contact-mail-page">'
        "<div>"
        + _form_item("name", "Tên của bạn")
        + _form_item("mail", "Địa chỉ e-mail của bạn")
        + _form_item("subject", "Tiêu đề")
        + _form_item("message", "Tin nhắn", "textarea")
        + '<input type="submit" name="op" value="Gửi thư" class="form-submit" /></div></form>'
    )
    return page(request, "contact", "Liên hệ", content)


def not_found(request: Request, q: str) -> Response:
    return page(
        request,
        q,
        "Trang không tìm thấy",
        "Không tìm thấy trang yêu cầu.",
        status=404,
    )


def access_denied(request: Request, q: str) -> Response:
    return page(
        request,
        q,
        "Truy cập bị từ chối",
        "Bạn không có quyền truy cập trang này.",
        status=403,
    )


ROBOTS = """#
# robots.txt
#
# (Drupal 6.38's file, its comment header shortened, Crawl-delay left out)

User-agent: *
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /sites/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /INSTALL.mysql.txt
Disallow: /INSTALL.pgsql.txt
Disallow: /install.php
Disallow: /INSTALL.txt
Disallow: /LICENSE.txt
Disallow: /MAINTAINERS.txt
Disallow: /update.php
Disallow: /UPGRADE.txt
Disallow: /xmlrpc.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /contact/
Disallow: /logout/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=comment/reply/
Disallow: /?q=contact/
Disallow: /?q=logout/
Disallow: /?q=node/add/
Disallow: /?q=search/
Disallow: /?q=user/password/
Disallow: /?q=user/register/
Disallow: /?q=user/login/
"""


# --- the site ----------------------------------------------------------------------------------

_ATTACHMENT_TYPES = {".doc": "application/msword", ".pdf": "application/pdf"}
_ATTACHMENTS = {name for s in STORIES for (name, _size) in s.opts.get("files", [])}


class Drupal6Site:
    """index.php of Drupal 6 behind Apache without mod_rewrite."""

    def respond(self, request: Request) -> Response | None:
        if request.path in ("/", "/index.php"):
            q = request.params.get("q", "").strip("/")
            return self.drupal(request, q)
        if request.path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if request.path.startswith(FILES + "/"):
            name = request.path[len(FILES) + 1 :]
            if name in _ATTACHMENTS:
                ext = name[name.rfind(".") :]
                data = b"\xd0\xcf\x11\xe0" + name.encode() if ext == ".doc" else b"%PDF-1.4\n"
                return Response(200, data, {"Content-Type": _ATTACHMENT_TYPES[ext]})
        return static_file(request.path)

    def drupal(self, request: Request, q: str) -> Response | None:
        if not q:
            return front_page(request)
        internal = ALIASES.get(q, q)
        if internal == "node":
            return front_page(request)
        if internal == "rss.xml":
            return rss(request, _stories_by_date()[:10], SITE, "")
        if internal == "tin-tuc":
            return views_tin_tuc(request)
        if m := re.fullmatch(r"taxonomy/term/(\d+)(/0)?(/feed)?", internal):
            tid = int(m.group(1))
            if tid not in TERMS:
                return not_found(request, internal)
            if m.group(3):
                stories = [s for s in _stories_by_date() if s.opts["term"] == tid][:10]
                return rss(request, stories, f"{SITE} - {TERMS[tid]}", f"taxonomy/term/{tid}/0")
            return term_page(request, tid)
        if m := re.fullmatch(r"node/(\d+)(/results)?", internal):
            return self.node(request, int(m.group(1)), bool(m.group(2)))
        if m := re.fullmatch(r"print/(\d+)", internal):
            story = STORY_BY_NID.get(int(m.group(1)))
            return print_page(request, story) if story else not_found(request, internal)
        if m := re.fullmatch(r"comment/reply/(\d+)(?:/(\d+))?", internal):
            story = STORY_BY_NID.get(int(m.group(1)))
            if story is None:
                return not_found(request, internal)
            return comment_reply_page(request, story, int(m.group(2)) if m.group(2) else None)
        if internal in ("user", "user/login"):
            return user_page(request, "")
        if internal in ("user/register", "user/password"):
            return user_page(request, internal.split("/")[1])
        if m := re.fullmatch(r"user/(\d+)", internal):
            return profile_page(request, int(m.group(1)))
        if internal in ("search", "search/node") or internal.startswith("search/node/"):
            return search_page(request)
        if internal == "contact":
            return contact_page(request)
        if internal == "poll":
            return poll_list(request)
        if internal == "image":
            return gallery_index(request)
        if internal == f"image/tid/{GALLERY_TID}":
            return gallery_page(request)
        if internal.startswith(("admin", "node/add", "logout")):
            return access_denied(request, internal)
        return not_found(request, internal)

    def node(self, request: Request, nid: int, results: bool) -> Response:
        q = f"node/{nid}" + ("/results" if results else "")
        if nid == POLL.nid:
            return poll_page(request, results)
        if results:
            return not_found(request, q)
        if nid in STORY_BY_NID:
            return story_page(request, STORY_BY_NID[nid])
        if nid in PAGES:
            return page_node(request, PAGES[nid])
        if nid in IMAGES:
            return image_node_page(request, IMAGES[nid])
        return not_found(request, q)  # node/41 and every other deleted or unknown node


def build_site() -> Drupal6Site:
    return Drupal6Site()
