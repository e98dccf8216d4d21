"""Discuz! X3.4 (portal + forum), translated to Vietnamese: the student union's news portal and
forum of Trường THPT Lào Cai số 1, tỉnh Lào Cai.

Platform: Discuz! X3.4 UTF-8 with the portal module as the default application ("/" serves what
``portal.php`` serves), URL rewriting switched on for portal articles only (``article-<aid>-<page>
.html``), a lazy-load image plugin, the Archiver left on, DIY blocks edited by the union's
media team. Every page prints ``<base href="http://host/">`` and relative links.

URL scheme:
- ``/`` and ``/portal.php``: the portal's DIY home (slide block, one block per category, sidebar).
- ``/portal.php?mod=list&catid=<c>[&page=<n>]``: a category's list, 3 articles a page; the pager
  links page 1 as ``&page=1`` (a twin of the bare list).
- ``/article-<aid>-<page>.html`` = ``/portal.php?mod=view&aid=<aid>[&page=<page>]``: an article.
- ``/portal.php?mod=comment&id=<aid>&idtype=aid``: an article's comments (only where allowed).
- ``/portal.php?mod=topic&topicid=<n>``: DIY topic pages ("Giới thiệu", "Liên hệ").
- ``/forum.php``, ``/forum.php?mod=forumdisplay&fid=2``, ``/forum.php?mod=viewthread&tid=<n>``
  (board links add ``&extra=page%3D1``; the first post's "Chỉ xem của chủ thớt" adds ``&page=1&authorid=<uid>``).
- ``/archiver/``, ``/archiver/?fid-2.html``, ``/archiver/?tid-<n>.html``: the text-only forum.
- ``/home.php?mod=space&uid=<n>`` (profile), ``…&do=album&id=<n>`` (a photo album).
- ``/member.php?mod=register``, ``/member.php?mod=logging&action=login``: forms.
- images under ``/data/attachment/…``, ``/static/image/…``, avatars ``/uc_server/avatar.php``.

Page templates (Discuz class names kept): ``#toptb`` top bar with today's date, ``#hd`` logo +
login form, ``#nv`` menu with ``<span>Portal</span>`` English sub-labels and ``#mu`` drop-downs,
``#pt`` breadcrumb ("›"), ``#ct`` with ``.mn`` (main) and ``.sd`` (sidebar DIY blocks), ``#ft``
footer with the server clock "GMT+7, 2026-12-5 09:12" and "Processed in … second(s)".
Article (``portal/view.htm``): ``div.bm.vw`` > ``div.h.hm`` (``h1.ph`` headline, ``p.xg1`` meta
line: date | Người đăng | Lượt xem | Bình luận | Tác giả gốc | Nguồn, separated by
``span.pipe``), optional ``div.s`` summary box ("<strong>Tóm tắt</strong>: …"), ``div.d`` >
DIY area ``#diycontenttop`` + ``table.vwtb td#article_content`` (the text) + pager ``div.pg`` +
share bar ``div.o``; then "Bài viết liên quan" and ``#comment``.
Forum thread (``forum/viewthread.htm``): ``#postlist`` > ``table.plhin`` per post, the text in
``td.t_f#postmessage_<pid>``, attachments in ``ignore_js_op``.

How each gold article is reached (perpage 3, newest first):
- aid 44, 38, 30 (Hoạt động Đoàn - Hội): home blocks, list catid=2 page 1; 30 also via forum
  thread 88 (it was pushed to the portal from there).
- aid 23, 15: list catid=2 **page 2 only** (23 also through forum thread 76's link back).
- aid 41, 33, 26 (Học tập - Thi cử): home, list catid=3 page 1; 26 has two pages.
- aid 18: list catid=3 **page 2 only**.
- aid 35, 21 (Thông báo), 27, 12 (Gương sáng học đường): home blocks and their lists.
- the slide block prints absolute ``http://host/portal.php?mod=view&aid=N`` links (44, 41, 38, 35).

Traps:
1. Meta line of ``p.xg1``: the date first and unpadded ("2026-11-9 14:20"), then "Người đăng:
   <account>" (a CMS account: nobody), "Lượt xem", "Bình luận", "Tác giả gốc: X" (the author,
   degrees and the "(GV …)" post taken off) and "Nguồn: <a>X</a>" (the source), all in one line
   cut by ``<span class="pipe">|</span>``. Gold: published_at from the date, authors from
   "Tác giả gốc", source from "Nguồn".
2. Recent articles print the date relatively, exact time only in a title attribute:
   ``<span title="2026-12-4 09:15">Hôm qua&nbsp;09:15</span>``, ``<span title="2026-12-3 16:40">
   2 ngày trước</span>``. Gold: the title's day and time.
3. The summary box ``div.s`` ("<strong>Tóm tắt</strong>: …") comes three ways: an editor's lead
   printed only there (aid 44, 27, 12: summary and the body's first paragraph), a copy of the
   text's first paragraph (aid 41, 18: summary, counted once in the body), and Discuz's
   automatic excerpt, the first paragraph cut at 120 characters with "..." (aid 33: no sapo,
   summary null). The label "Tóm tắt:" is never text.
4. The text sits in a layout table (``table.vwtb`` > ``td#article_content``) inside ``div.d``,
   after a DIY area (``<!--[diy=diycontenttop]-->`` with a ``portal_block`` notice linking
   another article) and before the pager and the share bar: the DIY block is chrome.
5. Articles pushed from the forum (aid 30, 23) keep the BBCode's edit stamp as the text's first
   line, ``<i class="pstatus"> Bài viết được bch_doantruong sửa lần cuối lúc 2026-11-21 10:02
   </i>``: not body, and its time is no publication date. Their lines are ``<br />``-separated
   ``<font>`` runs (each line one paragraph).
6. Lazy images of the forum plugin: ``src="static/image/common/none.gif"`` with the photo in
   ``zoomfile``/``file``; each is followed by a hidden tooltip ``div.tip.aimg_tip`` printing the
   file name "DSC_0412.JPG", "(245.3 KB, Số lượt tải: 12)", "Tải về" and "2026-11-3 08:41 Tải
   lên". Gold: the image is the ``file`` path; the tooltip is neither caption, body nor date.
7. One post at many addresses: ``article-N-1.html`` (lists), ``portal.php?mod=view&aid=N`` (slide
   block, the thread's back-link), and for pushed posts the thread ``tid`` plain, with
   ``&extra=page%3D1``, with ``&page=1&authorid=…`` and in the Archiver (``archiver/?tid-N.html``).
   Gold: ``article-N-1.html`` is the path, the others alt_paths.
8. A two-page article (aid 26: ``article-26-1.html`` / ``article-26-2.html``, pager ``div.pg``
   with "Trang sau ›"): both pages repeat headline and meta line. Gold: the body is both pages'
   text in order; page 2's addresses are alt_paths.
9. An official notice of the union (aid 35) drawn as a BBCode ``t_table`` letterhead with the
   union's heading "ĐOÀN TNCS HỒ CHÍ MINH" (not "CỘNG HÒA …"): date from "Lào Cai, ngày 28
   tháng 11 năm 2026", the signer (after "TM. BAN CHẤP HÀNH / BÍ THƯ / (Đã ký)") is the author.
10. A PDF attachment line in ``ignore_js_op`` with "(312.5 KB, Số lượt tải: 45)": not body.
11. Comments (``#comment`` ``dl.bbda``) under the article, with usernames and later dates; their
    page ``portal.php?mod=comment`` prints "Bình luận: <headline>" and is no article.
12. The footer's server clock "GMT+7, 2026-12-5 09:12" and the top bar's "Thứ Bảy, 05/12/2026"
    are no dates of an article; a midnight time "2026-10-28 00:00" is a day alone (aid 21).
13. DIY blocks cut headlines ("Đoàn trường ra quân chiến dịch “Mùa đông…") and keep the full
    one in ``title``; their dates print as "12-04" (month-day): no article there.
14. Lists (``dl.bbda``) show each article's cover as ``….jpg.thumb.jpg``: thumbnails, not the
    article's photos; the pager has a JavaScript page box and a ``&page=1`` twin.

Gold decisions on ambiguous points:
- path: the rewritten ``/article-N-1.html`` (what lists print; the platform prints no canonical).
- A forum thread pushed to the portal is the same article (alt_paths); the forum's Q&A thread
  (tid 91, students asking about exam dates) is a discussion, not an article.
- The automatic excerpt of trap 3 is not a sapo (summary null; the body keeps the full paragraph).
- "Nguồn:" in the meta line is the source like a closing "Nguồn:"/"Theo" line.
- A class after a student's name "(10A6)" is the unit, not part of the name.
- The multi-page article's body spans both pages (its images too), path is page 1.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html

from ._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "discuz_portal_thpt"
PLATFORM = "Discuz! X3.4 (portal + forum, Vietnamese language pack)"
START_PATH = "/"

SITE = "Cổng thông tin Đoàn trường THPT Lào Cai số 1"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

CATS = {
    2: "Hoạt động Đoàn - Hội",
    3: "Học tập - Thi cử",
    4: "Thông báo",
    5: "Gương sáng học đường",
}

USERS = {
    1: ("bch_doantruong", "Ban Chấp hành Đoàn trường"),
    2: ("quantri", "Quản trị viên"),
    15: ("mai_12a5", "Thành viên"),
    22: ("tuananh_11a3", "Thành viên"),
    30: ("sungapao_10a6", "Thành viên"),
}


# --- the stories ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=44,
        slug="mua-dong-am",
        title="Đoàn trường ra quân chiến dịch “Mùa đông ấm” năm 2026",
        cat="Hoạt động Đoàn - Hội",
        published_at="2026-12-04T09:15:00+07:00",
        summary=(
            "Sáng 4/12, Ban Chấp hành Đoàn trường THPT Lào Cai số 1 tổ chức lễ ra quân chiến dịch "
            "“Mùa đông ấm”, quyên góp áo ấm, chăn và sách vở gửi tặng học sinh các điểm trường "
            "vùng cao huyện Bát Xát."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự lễ ra quân có đại diện Ban Giám hiệu nhà trường, Ban Chấp hành Đoàn trường "
                "cùng hơn 1.200 đoàn viên thuộc 36 chi đoàn."
            ),
            Img(
                "data/attachment/portal/202612/04/091201k7x2qzq8mmm1bqmz.jpg",
                "Đoàn viên các chi đoàn tập kết áo ấm tại sân trường",
                "Đoàn viên các chi đoàn tập kết áo ấm tại sân trường",
            ),
            P(
                "Chỉ sau một tuần phát động, các chi đoàn đã quyên góp được 1.450 chiếc áo ấm, "
                "320 chiếc chăn, hơn 2.000 cuốn vở và 18,5 triệu đồng tiền mặt."
            ),
            P(
                "Chi đoàn 12A1 và 11A3 là hai đơn vị dẫn đầu với tổng số hiện vật quyên góp "
                "trị giá trên 6 triệu đồng."
            ),
            Img(
                "data/attachment/portal/202612/04/091305a1b2c3d4e5f6g7h8.jpg",
                "Đồng chí Bí thư Đoàn trường trao cờ lệnh ra quân cho các đội hình tình nguyện",
                "Đồng chí Bí thư Đoàn trường trao cờ lệnh ra quân cho các đội hình tình nguyện",
            ),
            P(
                "Toàn bộ số hàng sẽ được chuyển tới điểm trường Sàng Ma Sáo và Y Tý trong ngày "
                "12/12 tới."
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Lò Thị Mai - Ban Truyền thông</strong></p>'),
        ],
        authors=["Lò Thị Mai"],
        photographers=["Lò Thị Mai"],
        opts={
            "date": "2026-12-4 09:15",
            "rel": "Hôm qua&nbsp;09:15",
            "poster": 1,
            "box": "own",
            "comments": [
                (15, "mai_12a5", "2026-12-4 10:02", "Chi đoàn 12A5 sẽ góp thêm 50 chiếc áo nữa ạ!"),
                (22, "tuananh_11a3", "2026-12-4 20:47", "Ủng hộ chiến dịch, mong các em vùng cao có mùa đông ấm."),
            ],
            "related": [38, 30],
        },
    ),
    Story(
        id=41,
        slug="hsg-tinh",
        title="Kết quả thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="Học tập - Thi cử",
        published_at="2026-12-03T16:40:00+07:00",
        summary=(
            "Trường THPT Lào Cai số 1 có 42 học sinh đạt giải trong kỳ thi chọn học sinh giỏi "
            "cấp tỉnh lớp 12, đứng thứ nhất toàn tỉnh về số giải."
        ),
        blocks=[
            P(
                "Trường THPT Lào Cai số 1 có 42 học sinh đạt giải trong kỳ thi chọn học sinh giỏi "
                "cấp tỉnh lớp 12, đứng thứ nhất toàn tỉnh về số giải."
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 26 và 27/11 với 11 môn thi. Kết quả cụ thể theo "
                "từng môn như sau:"
            ),
            P("Môn | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "tr"),
            P("Toán | 2 | 3 | 1 | 0", "tr"),
            P("Ngữ văn | 1 | 2 | 3 | 1", "tr"),
            P("Tiếng Anh | 3 | 2 | 2 | 1", "tr"),
            P("Hóa học | 1 | 4 | 2 | 2", "tr"),
            P(
                "Nhà trường sẽ tổ chức tuyên dương, khen thưởng các em học sinh đạt giải vào "
                "buổi chào cờ ngày 7/12."
            ),
        ],
        authors=["Phạm Văn Lợi"],
        source="Sở GD&ĐT Lào Cai",
        opts={
            "date": "2026-12-3 16:40",
            "rel": "2 ngày trước",
            "poster": 2,
            "box": "dup",
            "author": "ThS. Phạm Văn Lợi",
            "from": ("Sở GD&ĐT Lào Cai", "https://laocai.edu.vn/"),
        },
    ),
    Story(
        id=38,
        slug="bien-gioi",
        title="Chi đoàn 11A3 tổ chức sinh hoạt chủ điểm “Tuổi trẻ Lào Cai với biên giới”",
        cat="Hoạt động Đoàn - Hội",
        published_at="2026-11-30T07:30:00+07:00",
        summary=(
            "Buổi sinh hoạt giúp đoàn viên hiểu thêm về chủ quyền, cột mốc và cuộc sống của "
            "bà con nơi cửa khẩu quốc tế Lào Cai."
        ),
        blocks=[
            P(
                "Buổi sinh hoạt giúp đoàn viên hiểu thêm về chủ quyền, cột mốc và cuộc sống của "
                "bà con nơi cửa khẩu quốc tế Lào Cai.",
                "b",
            ),
            P(
                "Khách mời của buổi sinh hoạt là Thiếu tá Lê Văn Hưng, Đồn Biên phòng cửa khẩu "
                "quốc tế Lào Cai, người có 15 năm gắn bó với tuyến biên giới."
            ),
            Img("data/attachment/portal/202611/30/073022qqz8rrzk1w1kr3ga.jpg", "Ảnh: Vũ Đức Anh", None),
            P(
                "Qua phần giao lưu, các bạn đoàn viên được nghe kể về những chuyến tuần tra dài "
                "ngày, về mốc 92 và về phong trào “Đồn biên phòng là nhà, biên giới là quê hương”."
            ),
            P("Cuối buổi, chi đoàn trao tặng đồn 200 cuốn sách và một tủ sách nhỏ."),
        ],
        authors=["Chi đoàn 11A3"],
        photographers=["Vũ Đức Anh"],
        opts={"date": "2026-11-30 07:30", "poster": 1, "author": "Chi đoàn 11A3"},
    ),
    Story(
        id=35,
        slug="thu-linh-chi-doan",
        title="Thông báo về việc tổ chức Hội thi “Thủ lĩnh Chi đoàn” năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-28",
        blocks=[
            Raw("LETTERHEAD"),
            P(
                "Thực hiện chương trình công tác Đoàn và phong trào thanh niên năm học 2026 - 2027, "
                "Ban Chấp hành Đoàn trường thông báo tổ chức Hội thi “Thủ lĩnh Chi đoàn” như sau:"
            ),
            P("1. Đối tượng: Bí thư, Phó Bí thư các chi đoàn học sinh trong toàn trường.", "h"),
            P("2. Thời gian: Vòng sơ khảo ngày 12/12/2026; chung khảo ngày 19/12/2026.", "h"),
            P(
                "3. Nội dung: Kiến thức về Đoàn, kỹ năng tổ chức sinh hoạt chi đoàn, xử lý tình "
                "huống và tài năng."
            ),
            P(
                "Các chi đoàn gửi danh sách thí sinh về Văn phòng Đoàn trường trước 16 giờ 00 "
                "ngày 08/12/2026."
            ),
            Raw("ATTACH"),
            Raw("CLOSING"),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={"date": "2026-11-29 07:45", "poster": 1, "bb": True},
    ),
    Story(
        id=33,
        slug="on-thi-van",
        title="Kinh nghiệm ôn thi tốt nghiệp THPT môn Ngữ văn: chia sẻ từ cựu học sinh",
        cat="Học tập - Thi cử",
        published_at="2026-11-25T20:05:00+07:00",
        blocks=[
            P(
                "Đạt 9,75 điểm môn Ngữ văn trong kỳ thi tốt nghiệp THPT năm 2026, cựu học sinh "
                "lớp 12A2 Nguyễn Thảo Linh chia sẻ với các em khối 12 những kinh nghiệm ôn tập "
                "mà em đã áp dụng suốt năm cuối cấp."
            ),
            P("Lập kế hoạch từ sớm", "h"),
            P("Ôn theo chủ đề, mỗi tuần một tác phẩm trọng tâm;", "li"),
            P("Tự viết dàn ý rồi so với dàn ý của thầy cô;", "li"),
            P("Mỗi tháng làm ít nhất hai đề thi thử có bấm giờ.", "li"),
            P("Đọc rộng ngoài sách giáo khoa", "h"),
            P(
                "Theo Linh, phần nghị luận xã hội đòi hỏi vốn hiểu biết thực tế, vì vậy em thường "
                "ghi chép những câu chuyện, số liệu từ báo chí vào một cuốn sổ riêng."
            ),
            Raw(
                '<p style="text-align:right"><em>Nguyễn Thảo Linh (cựu HS lớp 12A2, khóa 2023 - 2026)'
                "</em></p>"
            ),
        ],
        authors=["Nguyễn Thảo Linh"],
        opts={"date": "2026-11-25 20:05", "poster": 2, "box": "auto", "related": [41]},
    ),
    Story(
        id=30,
        slug="van-nghe-20-11",
        title="Đêm hội văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="Hoạt động Đoàn - Hội",
        published_at="2026-11-20T15:00:00+07:00",
        blocks=[
            Raw("PSTATUS"),
            P(
                "Tối 19/11, tại sân trường, Đoàn trường THPT Lào Cai số 1 tổ chức đêm hội văn nghệ "
                "“Tri ân thầy cô” chào mừng 44 năm Ngày Nhà giáo Việt Nam."
            ),
            P(
                "Chương trình gồm 18 tiết mục múa, hát, kịch do các chi đoàn dàn dựng, thu hút hơn "
                "2.000 thầy cô, học sinh và phụ huynh đến cổ vũ."
            ),
            Img(
                "data/attachment/forum/202611/20/150112vvd9l9zp9b5p5z1d.jpg",
                "Tiết mục múa “Xòe hoa” của Chi đoàn 10A2",
                "Tiết mục múa “Xòe hoa” của Chi đoàn 10A2",
                "lazy",
            ),
            P(
                "Giải Nhất thuộc về tiết mục kịch “Người lái đò” của Chi đoàn 12A3; giải Nhì "
                "thuộc về Chi đoàn 10A2 và 11A1."
            ),
            Img(
                "data/attachment/forum/202611/20/150140ecnc7xk3g4e2k4zn.jpg",
                "Ban Giám khảo trao giải cho các tiết mục xuất sắc",
                "Ban Giám khảo trao giải cho các tiết mục xuất sắc",
                "lazy",
            ),
            P("Đêm hội khép lại bằng bài hát “Bụi phấn” do toàn thể học sinh đồng ca."),
            Raw("<strong>Tin: Đỗ Khánh Vy - Ảnh: Giàng Seo Phử</strong>"),
        ],
        authors=["Đỗ Khánh Vy"],
        photographers=["Giàng Seo Phử"],
        opts={
            "date": "2026-11-20 15:00",
            "poster": 1,
            "bb": True,
            "tid": 88,
            "edited": "2026-11-21 10:02",
            "comments": [
                (15, "mai_12a5", "2026-11-20 21:13", "Tiết mục của 12A3 hay quá, xem mà muốn khóc."),
            ],
        },
    ),
    Story(
        id=27,
        slug="hoc-bong-vu-a-dinh",
        title="Nữ sinh dân tộc Dao giành học bổng “Vừ A Dính” năm 2026",
        cat="Gương sáng học đường",
        published_at="2026-11-14T09:00:00+07:00",
        summary=(
            "Em Triệu Thị Mẩy, học sinh lớp 11A4, là một trong 5 học sinh của tỉnh Lào Cai "
            "nhận học bổng “Vừ A Dính” năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sinh ra trong một gia đình thuần nông ở xã Bản Xèo, huyện Bát Xát, Mẩy sớm tự lập: "
                "em ở trọ gần trường từ năm lớp 10 và tự lo việc ăn uống, học hành."
            ),
            P(
                "Ba năm liền là học sinh giỏi, em còn đạt giải Ba môn Lịch sử cấp tỉnh năm học "
                "2025 - 2026."
            ),
            P(
                "“Em muốn trở thành cô giáo để về dạy chữ cho các em nhỏ ở bản mình”, Mẩy chia sẻ.",
                "q",
            ),
            Img(
                "data/attachment/portal/202611/14/090010mzy7k5m5tg5ut1u5.jpg",
                "(Em Triệu Thị Mẩy nhận học bổng tại lễ trao học bổng Vừ A Dính)",
                "Em Triệu Thị Mẩy nhận học bổng tại lễ trao học bổng Vừ A Dính",
            ),
            P("Học bổng trị giá 10 triệu đồng sẽ được cấp hằng năm cho đến khi em tốt nghiệp."),
            Raw('<p style="text-align:right"><em>Theo Báo Lào Cai</em></p>'),
        ],
        authors=["Triệu Thị Hoa"],
        source="Báo Lào Cai",
        opts={
            "date": "2026-11-14 09:00",
            "poster": 1,
            "box": "own",
            "author": "Triệu Thị Hoa",
            "comments": [
                (22, "tuananh_11a3", "2026-11-14 12:30", "Chúc mừng Mẩy! Tấm gương để tụi mình học tập."),
                (15, "mai_12a5", "2026-11-15 07:05", "Cố lên em nhé."),
            ],
            "allcomments": True,
        },
    ),
    Story(
        id=26,
        slug="thi-thu-truc-tuyen",
        title="Hướng dẫn học sinh đăng ký tài khoản và làm bài thi thử trên hệ thống trực tuyến",
        cat="Học tập - Thi cử",
        published_at="2026-11-09T14:20:00+07:00",
        blocks=[
            P(
                "Để chuẩn bị cho kỳ kiểm tra cuối học kỳ I, nhà trường mở hệ thống thi thử trực "
                "tuyến cho học sinh cả ba khối. Dưới đây là các bước đăng ký và làm bài."
            ),
            P("Bước 1: Truy cập trang thi thử và chọn “Đăng ký”.", "h"),
            P("Học sinh nhập họ tên, lớp, mã học sinh do giáo viên chủ nhiệm cung cấp."),
            Img(
                "data/attachment/portal/202611/09/142001hh4rj4r8s8zdbzfd.png",
                "Màn hình đăng ký tài khoản",
                "Màn hình đăng ký tài khoản",
            ),
            P("Bước 2: Kích hoạt tài khoản qua tin nhắn.", "h"),
            P("Mã kích hoạt gồm 6 chữ số, có hiệu lực trong 15 phút."),
            P("Bước 3: Chọn môn và đề thi.", "h"),
            P("Mỗi môn có 3 đề, học sinh được làm mỗi đề tối đa hai lần."),
            P("Bước 4: Làm bài và nộp bài.", "h"),
            P(
                "Đồng hồ đếm ngược hiển thị ở góc phải màn hình; hết giờ, hệ thống tự động nộp bài."
            ),
            Img(
                "data/attachment/portal/202611/09/142102cw0o1w7y7ezzf0s0.png",
                "Giao diện làm bài thi trắc nghiệm",
                "Giao diện làm bài thi trắc nghiệm",
            ),
            P("Bước 5: Xem kết quả.", "h"),
            P(
                "Điểm và đáp án được công bố ngay sau khi nộp; học sinh có thể xem lại lịch sử "
                "các lần làm bài."
            ),
            P("Mọi vướng mắc, học sinh liên hệ thầy Đặng Quốc Việt, tổ Tin học."),
        ],
        authors=["Tổ Tin học"],
        opts={"date": "2026-11-9 14:20", "poster": 2, "author": "Tổ Tin học", "split": 8},
    ),
    Story(
        id=23,
        slug="bong-da-khoi-10",
        title="Giải bóng đá nam truyền thống khối 10 khép lại với chiến thắng của 10A6",
        cat="Hoạt động Đoàn - Hội",
        published_at="2026-11-03T08:30:00+07:00",
        blocks=[
            P(
                "Chiều 2/11, trận chung kết giải bóng đá nam truyền thống khối 10 đã diễn ra sôi "
                "nổi trên sân vận động nhà trường."
            ),
            P(
                "Sau 70 phút thi đấu, đội 10A6 giành chiến thắng 3 - 1 trước 10A1 để lên ngôi "
                "vô địch."
            ),
            Img(
                "data/attachment/forum/202611/03/083301zr1vqqbvq1ofoqdq.jpg",
                "Pha tranh bóng trong trận chung kết",
                "Pha tranh bóng trong trận chung kết",
                "lazy",
            ),
            P("Danh hiệu Vua phá lưới thuộc về em Sùng A Lử (10A6) với 7 bàn thắng."),
            Img("data/attachment/forum/202611/03/083355sv7tw2ncjyk7sqls.jpg", None, None, "lazy"),
            P("Giải đấu năm nay có 12 đội tham gia với gần 200 cầu thủ."),
            Raw('<div align="right"><strong>Người viết: Sùng A Páo (10A6)</strong></div>'),
        ],
        authors=["Sùng A Páo"],
        opts={"date": "2026-11-3 08:30", "poster": 30, "bb": True, "tid": 76},
    ),
    Story(
        id=21,
        slug="doan-phi",
        title="Thông báo thu đoàn phí và triển khai sổ đoàn viên điện tử",
        cat="Thông báo",
        published_at="2026-10-28",
        blocks=[
            P(
                "Văn phòng Đoàn trường thông báo kế hoạch thu đoàn phí học kỳ I năm học 2026 - 2027 "
                "và triển khai sổ đoàn viên điện tử như sau:"
            ),
            P("- Mức đoàn phí: 2.000 đồng/đoàn viên/tháng, thu 5 tháng học kỳ I.", "br"),
            P("- Thời hạn nộp: trước ngày 15/11/2026.", "br"),
            P("- Sổ đoàn viên điện tử: mỗi đoàn viên cập nhật thông tin trên ứng dụng “Thanh niên Việt Nam”.", "br"),
            P("Bí thư các chi đoàn chịu trách nhiệm đôn đốc, tổng hợp và nộp về Văn phòng Đoàn trường."),
        ],
        opts={"date": "2026-10-28 00:00", "poster": 2},
    ),
    Story(
        id=18,
        slug="english-corner",
        title="Câu lạc bộ Tiếng Anh ra mắt chuyên đề “English Speaking Corner”",
        cat="Học tập - Thi cử",
        published_at="2026-10-20T10:45:00+07:00",
        summary=(
            "Chuyên đề “English Speaking Corner” sẽ được tổ chức vào chiều thứ Năm hằng tuần tại "
            "thư viện nhà trường."
        ),
        blocks=[
            P(
                "Chuyên đề “English Speaking Corner” sẽ được tổ chức vào chiều thứ Năm hằng tuần tại "
                "thư viện nhà trường."
            ),
            P(
                "Buổi ra mắt có sự tham gia của hai tình nguyện viên người nước ngoài, giúp các "
                "thành viên luyện phản xạ giao tiếp."
            ),
            Img(
                "data/attachment/portal/202610/20/104500t6pzmd3j3fzt6fkp.jpg",
                "(Các thành viên CLB giao lưu với tình nguyện viên)",
                "Các thành viên CLB giao lưu với tình nguyện viên",
            ),
            P("Học sinh quan tâm đăng ký tại phòng 204, nhà A."),
        ],
        authors=["Nguyễn Thu Hằng"],
        opts={"date": "2026-10-20 10:45", "poster": 2, "box": "dup", "author": "Nguyễn Thu Hằng (GV Tiếng Anh)"},
    ),
    Story(
        id=15,
        slug="chu-nhat-xanh",
        title="Ra quân “Ngày Chủ nhật xanh” dọn vệ sinh khu vực bờ sông Hồng",
        cat="Hoạt động Đoàn - Hội",
        published_at="2026-10-15T16:10:00+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật 11/10, gần 300 đoàn viên Đoàn trường đã tham gia dọn vệ sinh tuyến "
                "kè bờ sông Hồng đoạn qua phường Cốc Lếu."
            ),
            Img(
                "data/attachment/portal/202610/15/161000gcgg0z4u4hzd8q8f.jpg",
                "Đoàn viên thu gom rác thải dọc bờ kè",
                "Đoàn viên thu gom rác thải dọc bờ kè",
            ),
            P("Sau ba giờ, các đội hình đã thu gom gần 2 tấn rác thải và phát quang 1,5 km bờ kè."),
            P("Hoạt động sẽ được duy trì vào Chủ nhật tuần thứ hai hằng tháng."),
            Raw('<p style="text-align:right"><strong>Thanh Huyền - Chi đoàn 12A3</strong></p>'),
        ],
        authors=["Thanh Huyền"],
        opts={"date": "2026-10-15 16:10", "poster": 1},
    ),
    Story(
        id=12,
        slug="ban-van-chien",
        title="Em Bàn Văn Chiến – tấm gương vượt khó học tốt của Chi đoàn 11A1",
        cat="Gương sáng học đường",
        published_at="2026-10-08T07:50:00+07:00",
        summary=(
            "Mồ côi cha từ năm lên 8, Bàn Văn Chiến vừa phụ mẹ làm nương vừa giữ vững danh hiệu "
            "học sinh giỏi suốt 10 năm liền."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Nhà Chiến ở thôn Nậm Tang, cách trường hơn 40 km. Mỗi tuần em về nhà một lần, "
                "phụ mẹ thu hoạch quế và chăm đàn gà."
            ),
            Img(
                "data/attachment/portal/202610/08/075001b8vvyz8qyj6bjq2c.jpg",
                "Chiến (bìa phải) trong giờ học nhóm cùng các bạn",
                "Chiến (bìa phải) trong giờ học nhóm cùng các bạn",
            ),
            P(
                "Năm học vừa qua, em đạt điểm trung bình 9,1 và giành giải Khuyến khích môn Vật lý "
                "cấp tỉnh."
            ),
            P("Ban Chấp hành Đoàn trường đã đề nghị tuyên dương Chiến là “Đoàn viên tiêu biểu” năm 2026."),
        ],
        authors=["Phạm Ngọc Ánh", "Hà Minh Đức"],
        opts={"date": "2026-10-8 07:50", "poster": 1, "box": "own", "author": "Phạm Ngọc Ánh, Hà Minh Đức"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_ID = {name: cid for cid, name in CATS.items()}
THREADS = {s.opts["tid"]: s for s in STORIES if "tid" in s.opts}
QA_TID = 91


def _pages_of(story: Story) -> list[list]:
    split = story.opts.get("split")
    return [story.blocks[:split], story.blocks[split:]] if split else [story.blocks]


# --- markup pieces -----------------------------------------------------------------------------

_LETTERHEAD = (
    '<table cellspacing="0" class="t_table" style="width:98%"><tr>'
    '<td width="45%"><div align="center">BCH ĐOÀN TỈNH LÀO CAI<br />\r\n'
    "<strong>BCH ĐOÀN TRƯỜNG THPT LÀO CAI SỐ 1</strong><br />\r\n***<br />\r\n"
    "Số: 15-TB/ĐTN</div></td>"
    '<td><div align="center"><strong><u>ĐOÀN TNCS HỒ CHÍ MINH</u></strong><br />\r\n<br />\r\n'
    "<i>Lào Cai, ngày 28 tháng 11 năm 2026</i></div></td></tr></table><br />\r\n"
    '<div align="center"><font size="4"><strong>THÔNG BÁO</strong></font><br />\r\n'
    "<strong>Về việc tổ chức Hội thi “Thủ lĩnh Chi đoàn” năm học 2026 - 2027</strong></div><br />\r\n"
)
_CLOSING = (
    '<table cellspacing="0" class="t_table" style="width:98%"><tr>'
    '<td width="50%"><font size="2"><strong><i>Nơi nhận:</i></strong><br />\r\n'
    "- BGH nhà trường (b/c);<br />\r\n- Các chi đoàn;<br />\r\n- Lưu VP Đoàn.</font></td>"
    '<td><div align="center"><strong>TM. BAN CHẤP HÀNH<br />\r\nBÍ THƯ</strong><br />\r\n'
    "<i>(Đã ký)</i><br />\r\n<br />\r\n<strong>Hoàng Minh Tuấn</strong></div></td></tr></table>"
)
_ATTACH = (
    '<ignore_js_op><span style="white-space: nowrap;" id="attach_412">'
    '<img src="static/image/filetype/pdf.gif" border="0" class="vm" alt="" /> '
    '<a href="javascript:;" onclick="showWindow(\'attachpay\', \'forum.php?mod=misc&amp;action='
    'attachpay&amp;aid=412\')" target="_blank">TB_15_HoiThi_ThuLinhChiDoan.pdf</a></span> '
    '<em class="xg1">(312.5 KB, Số lượt tải: 45)</em></ignore_js_op><br />\r\n'
)


def _pstatus(story: Story) -> str:
    return (
        f'<i class="pstatus"> Bài viết được {USERS[story.opts["poster"]][0]} sửa lần cuối lúc '
        f'{story.opts["edited"]} </i><br />\r\n<br />\r\n'
    )


def _lazy_img(img: Img, n: int) -> str:
    aid = 500 + n
    fname = f"DSC_{400 + n:04d}.JPG"
    day = img.src.split("/")[4]
    return (
        f'<ignore_js_op><img id="aimg_{aid}" aid="{aid}" src="static/image/common/none.gif" '
        f'zoomfile="{esc(img.src)}" file="{esc(img.src)}" class="zoom" '
        f'onclick="zoom(this, this.src, 0, 0, 0)" width="600" alt="{fname}" title="{fname}" '
        'w="1600" inpost="1" onmouseover="showMenu({\'ctrlid\':this.id,\'pos\':\'12\'})" />'
        f'<div class="tip tip_4 aimg_tip" id="aimg_{aid}_menu" style="position: absolute; '
        'display: none" disautofocus="true"><div class="xs0"><p><strong>'
        f"{fname}</strong> <em class=\"xg1\">({200 + n * 45.3:.1f} KB, Số lượt tải: {12 + n})</em></p>"
        f'<p><a href="javascript:;" onclick="dowloadattach({aid})">Tải về</a></p>'
        f'<p class="xg1 y">2026-11-{int(day)} 08:41 Tải lên</p></div><div class="tip_horn"></div>'
        "</div></ignore_js_op>"
    )


def _blocks_html(blocks: list, story: Story, bb: bool) -> str:
    out: list[str] = []
    rows: list[str] = []
    items: list[str] = []
    n_img = 0

    def flush() -> None:
        if rows:
            cells = "".join(
                "<tr>" + "".join(f"<td>{esc(c.strip())}</td>" for c in r.split(" | ")) + "</tr>" for r in rows
            )
            out.append(f'<table cellspacing="0" class="t_table" style="width:90%">{cells}</table>')
            rows.clear()
        if items:
            lis = "".join(f"<li>{esc(t)}" + ("</li>" if not bb else "") for t in items)
            out.append(f'<ul type="disc" class="litype_1">{lis}</ul>' if bb else f"<ul>{lis}</ul>")
            items.clear()

    for b in blocks:
        if isinstance(b, P) and b.style == "tr":
            rows.append(b.text)
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b.text)
            continue
        flush()
        if isinstance(b, Raw):
            if b.html == "LETTERHEAD":
                out.append(_LETTERHEAD)
            elif b.html == "CLOSING":
                out.append(_CLOSING)
            elif b.html == "ATTACH":
                out.append(_ATTACH)
            elif b.html == "PSTATUS":
                out.append(_pstatus(story))
            elif bb:
                out.append(b.html + "<br />\r\n")
            else:
                out.append(b.html)
        elif isinstance(b, Img):
            n_img += 1
            if b.style == "lazy":
                pic = _lazy_img(b, story.id % 7 + n_img)
            else:
                pic = f'<img src="{esc(b.src)}" style="max-width:600px" alt="" />'
            if bb:
                out.append(f'<div align="center">{pic}</div>')
                if b.printed:
                    out.append(f'<div align="center"><font size="2"><i>{esc(b.printed)}</i></font></div>')
                out.append("<br />\r\n")
            else:
                out.append(f'<p style="text-align: center;">{pic}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif isinstance(b, P):
            t = esc(b.text)
            if bb:
                if b.style == "h":
                    out.append(f"<strong>{t}</strong><br />\r\n")
                elif b.style == "q":
                    out.append(f'<div class="quote"><blockquote>{t}</blockquote></div>')
                else:
                    out.append(f'<font size="3"><font face="Arial">{t}</font></font><br />\r\n<br />\r\n')
            else:
                if b.style == "b":
                    out.append(f'<p style="text-indent: 2em;"><strong>{t}</strong></p>')
                elif b.style == "h":
                    out.append(f"<p><strong>{t}</strong></p>")
                elif b.style == "q":
                    out.append(f"<blockquote><p>{t}</p></blockquote>")
                elif b.style == "br":
                    out.append(f"{t}<br />\r\n")
                else:
                    out.append(f'<p style="text-indent: 2em;">{t}</p>')
    flush()
    return "\r\n".join(out)


def _space(uid: int, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="home.php?mod=space&amp;uid={uid}"{c}>{esc(USERS[uid][0])}</a>'


def _article_link(story: Story, cut: int | None = None) -> str:
    label = story.title if cut is None or len(story.title) <= cut else story.title[:cut] + "…"
    return f'<a href="article-{story.id}-1.html" title="{esc(story.title)}" target="_blank">{esc(label)}</a>'


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["date_key"], reverse=True)


for _s in STORIES:
    _d, _t = _s.opts["date"].split()
    _y, _m, _dd = (int(x) for x in _d.split("-"))
    _s.opts["date_key"] = f"{_y:04d}-{_m:02d}-{_dd:02d} {_t}"
    _s.opts["md"] = f"{_m:02d}-{_dd:02d}"


def _cat_stories(cid: int) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == CATS[cid]])


def _latest(n: int) -> list[Story]:
    return _by_date(STORIES)[:n]


# --- chrome ---------------------------------------------------------------------------------------


def _page(request: Request, title: str, main: str, side: str = "", crumbs: list[tuple[str, str]] = (), *,
          active: str = "portal", desc: str = "", full: bool = False) -> Response:
    base = base_url(request) + "/"
    crumb_html = '<a href="./" class="nvhm" title="Trang chủ">Trang chủ</a>'
    for label, href in crumbs:
        crumb_html += " <em>&rsaquo;</em> " + (f'<a href="{href}">{esc(label)}</a>' if href else esc(label))
    subnav = "".join(
        f'<li><a href="portal.php?mod=list&amp;catid={cid}">{esc(name)}</a></li>' for cid, name in CATS.items()
    )

    def nav(key: str, href: str, label: str, en: str) -> str:
        a = ' class="a"' if key == active else ""
        return f'<li id="mn_{key}"{a}><a href="{href}" hidefocus="true" title="{en}">{label}<span>{en}</span></a></li>'

    body_cls = "pg_view" if "vw" in main else "pg_index"
    layout = (
        f'<div id="ct" class="ct2 wp cl"><div class="mn">{main}</div><div class="sd pph">{side}</div></div>'
        if not full
        else f'<div id="ct" class="wp cl">{main}</div>'
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Powered by Discuz!</title>
<meta name="keywords" content="{esc(title.split(' - ')[0])}" />
<meta name="description" content="{esc(desc or title)} ,{esc(SITE)}" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2026 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="{esc(base)}" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xv7" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xv7', charset = 'utf-8', discuz_uid = '0', cookiepre = 'lc1X_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '', defaultstyle = '', REPORTURL = '', SITEURL = '{esc(base)}', JSPATH = 'static/js/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="static/js/common.js?Xv7" type="text/javascript"></script>
</head>
<body id="nv_portal" class="{body_cls}" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp">
<div class="z"><a href="javascript:;" onclick="setHomepage('{esc(base)}');">Đặt làm trang chủ</a><a href="javascript:;" onclick="addFavorite(this.href, '{esc(SITE)}');return false;">Lưu trang này</a></div>
<div class="y"><span class="xg1">{HEADER_TODAY}</span> <a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="Chế độ hỗ trợ người khiếm thị" class="switchblind">Hỗ trợ</a><a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="Chuyển sang màn hình rộng" class="switchwidth">Màn hình rộng</a></div>
</div></div>
<div id="hd"><div class="wp"><div class="hdc cl">
<h2><a href="./" title="{esc(SITE)}"><img src="static/image/common/logo.png" alt="{esc(SITE)}" border="0" /></a></h2>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();">
<div class="fastlg cl"><span id="return_ls" style="display:none"></span>
<div class="y pns"><table cellspacing="0" cellpadding="0"><tr>
<td><label for="ls_username">Tài khoản</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1" value="Tên đăng nhập" /></td>
<td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />Ghi nhớ</label></td>
<td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&amp;action=login&amp;viewlostpw=1')">Quên mật khẩu</a></td></tr>
<tr><td><label for="ls_password">Mật khẩu</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" /></td>
<td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>Đăng nhập</em></button></td>
<td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">Đăng ký</a></td></tr></table>
<input type="hidden" name="formhash" value="8f3c1a2b" /><input type="hidden" name="quickforward" value="yes" /><input type="hidden" name="handlekey" value="ls" /></div></div></form>
</div>
<div id="nv"><a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {{showMenu({{'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2}});showForummenu(0);}})">Lối tắt</a>
<ul>{nav("portal", "portal.php", "Cổng thông tin", "Portal")}{nav("forum", "forum.php", "Diễn đàn", "BBS")}{nav("topic1", "portal.php?mod=topic&amp;topicid=1", "Giới thiệu", "About")}{nav("album", "home.php?mod=space&amp;uid=1&amp;do=album&amp;id=5", "Album ảnh", "Album")}{nav("topic2", "portal.php?mod=topic&amp;topicid=2", "Liên hệ", "Contact")}</ul>
</div>
<div id="mu" class="cl"><ul class="cl p_pop h_pop" id="snav_mn_portal" style="display:none">{subnav}</ul></div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank">
<input type="hidden" name="mod" id="scbar_mod" value="portal" /><input type="hidden" name="formhash" value="8f3c1a2b" />
<table cellspacing="0" cellpadding="0"><tr><td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="Nhập từ khóa cần tìm" autocomplete="off" x-webkit-speech speech /></td>
<td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">Tìm kiếm</strong></button></td></tr></table></form></div>
</div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z">{crumb_html}</div></div>
{layout}
</div>
<div id="ft" class="wp cl">
<div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><strong><a href="https://thptlaocai1.edu.vn" target="_blank">Trường THPT Lào Cai số 1</a></strong></p>
<p class="xs0">GMT+7, 2026-12-5 09:12<span id="debuginfo">, Processed in 0.031245 second(s), 18 queries, Gzip On.</span></p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p>
<p class="xs0">&copy; 2001-2026 <a href="https://www.tencentcloud.com" target="_blank">Tencent Cloud</a>.</p>
<p class="xs0">Đoàn TNCS Hồ Chí Minh - Trường THPT Lào Cai số 1. Địa chỉ: số 12 đường Hoàng Liên, phường Cốc Lếu, tỉnh Lào Cai. ĐT: 0214 3840 123 - Email: doantruong@thptlaocai1.edu.vn</p></div>
</div>
<script src="home.php?mod=misc&amp;ac=sendmail&amp;rand=1764900720" type="text/javascript"></script>
<div id="scrolltop"><span hidefocus="true"><a title="Lên đầu trang" onclick="window.scrollTo('0','0')" class="scrolltopa"><b>Lên đầu trang</b></a></span></div>
</body>
</html>"""
    return html(page)


def _block(bid: int, title: str, inner: str, more: str = "") -> str:
    more_html = f'<span class="titletext" style="float:right"><a href="{more}" target="_blank">Xem thêm</a></span>' if more else ""
    return (
        f'<div id="portal_block_{bid}" class="block move-span"><div class="blocktitle title">'
        f'<span class="titletext">{esc(title)}</span>{more_html}</div>'
        f'<div id="portal_block_{bid}_content" class="dxb_bc">{inner}</div></div>'
    )


def _ul_block(stories: list[Story], cut: int = 34) -> str:
    lis = "".join(f'<li><em>{s.opts["md"]}</em>{_article_link(s, cut)}</li>' for s in stories)
    return f'<div class="module cl xl xl1"><ul>{lis}</ul></div>'


def _sidebar() -> str:
    hot = [BY_ID[a] for a in (44, 30, 26, 35, 27)]
    hot_html = "".join(
        f'<li><em class="xi1">{s.views()}</em>{_article_link(s, 28)}</li>' for s in hot
    )
    return (
        '<!--[diy=diyrighttop]--><div id="diyrighttop" class="area">'
        '<div id="frameSd1" class="frame move-span cl frame-1"><div id="frameSd1_left" class="column frame-1-c">'
        + _block(51, "Xem nhiều nhất", f'<div class="module cl xl xl1"><ol>{hot_html}</ol></div>')
        + _block(
            52,
            "Bình chọn",
            '<p class="xw1">Hoạt động ngoại khóa em thích nhất học kỳ này?</p>'
            '<form><label><input type="radio" name="pollanswers[]" value="1" /> Văn nghệ 20/11</label><br />'
            '<label><input type="radio" name="pollanswers[]" value="2" /> Giải bóng đá khối 10</label><br />'
            '<label><input type="radio" name="pollanswers[]" value="3" /> Mùa đông ấm</label><br />'
            '<button type="button" class="pn" onclick="showWindow(\'login\', \'member.php?mod=logging&amp;action=login\')">'
            "<em>Bình chọn</em></button></form>",
        )
        + _block(
            53,
            "Liên kết",
            '<ul class="xl"><li><a href="https://laocai.edu.vn" target="_blank">Sở GD&amp;ĐT Lào Cai</a></li>'
            '<li><a href="https://doanthanhnien.vn" target="_blank">Trung ương Đoàn</a></li>'
            '<li><a href="https://www.facebook.com/doantruongthptlaocai1" target="_blank">Fanpage Đoàn trường</a></li></ul>',
        )
        + _block(
            54,
            "Thống kê truy cập",
            '<p>Đang online: <strong>23</strong></p><p>Hôm nay: <strong>412</strong></p>'
            "<p>Tổng truy cập: <strong>1.284.559</strong></p>",
        )
        + "</div></div></div><!--[/diy]-->"
    )


# --- pages -----------------------------------------------------------------------------------------


def _home(request: Request) -> Response:
    base = base_url(request)
    slides = "".join(
        f'<li><a href="{base}/portal.php?mod=view&amp;aid={s.id}" target="_blank">'
        f'<img src="data/attachment/portal/{s.opts["date_key"][:7].replace("-", "")}/cover_{s.id}.jpg.thumb.jpg" width="400" height="260" alt="" /></a>'
        f'<span class="title">{esc(s.title)}</span></li>'
        for s in [BY_ID[a] for a in (44, 41, 38, 35)]
    )
    slide = _block(21, "Tin nổi bật", f'<div class="slidebox" id="slidebox_21"><ul class="slideshow">{slides}</ul></div>')
    cats = "".join(
        _block(30 + cid, name, _ul_block(_cat_stories(cid)[: 3 if cid in (2, 3) else 2]),
               f"portal.php?mod=list&amp;catid={cid}")
        for cid, name in CATS.items()
    )
    main = (
        '<!--[diy=diy1]--><div id="diy1" class="area"><div id="frameH1" class="frame move-span cl frame-1">'
        f'<div id="frameH1_left" class="column frame-1-c">{slide}{cats}</div></div></div><!--[/diy]-->'
    )
    return _page(request, f"Cổng thông tin - {SITE}", main, _sidebar(), [("Cổng thông tin", "")])


def _list(request: Request, cid: int, page: int) -> Response | None:
    items = _cat_stories(cid)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    dls = []
    for s in chunk:
        cover = next((b for b in s.blocks if isinstance(b, Img)), None)
        thumb = (
            f'<div class="atc"><a href="article-{s.id}-1.html" target="_blank"><img src="{esc(cover.src)}.thumb.jpg" alt="{esc(s.title)}" class="tn" /></a></div>'
            if cover
            else ""
        )
        teaser = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        dls.append(
            f'<dl class="bbda cl"><dt class="xs2"><a href="article-{s.id}-1.html" target="_blank" class="xi2">{esc(s.title)}</a></dt>'
            f'<dd class="xs2 cl">{thumb}{esc(teaser[:140])}...</dd>'
            f'<dd><label>Chuyên mục: <a href="portal.php?mod=list&amp;catid={cid}" class="xi2">{esc(CATS[cid])}</a></label>'
            f'<span class="xg1"> {s.opts["date"]}</span></dd></dl>'
        )
    pager = ""
    if pages > 1:
        mp = f"portal.php?mod=list&amp;catid={cid}"
        nums = "".join(
            f"<strong>{n}</strong>" if n == page else f'<a href="{mp}&amp;page={n}">{n}</a>' for n in range(1, pages + 1)
        )
        prev = f'<a href="{mp}&amp;page={page - 1}" class="prev">&lsaquo;&lsaquo;</a>' if page > 1 else ""
        nxt = f'<a href="{mp}&amp;page={page + 1}" class="nxt">Trang sau</a>' if page < pages else ""
        pager = (
            f'<div class="pgs cl"><div class="pg">{prev}{nums}<label><input type="text" name="custompage" class="px" size="2" '
            f'title="Nhập số trang, rồi nhấn Enter" value="{page}" onkeydown="if(event.keyCode==13) '
            f"{{window.location='portal.php?mod=list&amp;catid={cid}&amp;page='+this.value;}}; doane(event);\" />"
            f'<span title="Tổng {pages} trang"> / {pages} trang</span></label>{nxt}</div></div>'
        )
    main = (
        f'<div class="bm"><div class="bm_h cl"><h1 class="xs2">{esc(CATS[cid])}</h1></div>'
        f'<div class="bm_c xld">{"".join(dls)}</div></div>{pager}'
    )
    return _page(request, f"{CATS[cid]} - {SITE}", main, _sidebar(), [("Cổng thông tin", "portal.php"), (CATS[cid], "")])


def _meta_line(s: Story, comments_link: bool) -> str:
    o = s.opts
    date = f'<span title="{o["date"]}">{o["rel"]}</span>' if "rel" in o else o["date"]
    n_comments = len(o.get("comments", []))
    if comments_link:
        cm = f'<a href="portal.php?mod=comment&amp;id={s.id}&amp;idtype=aid" title="Xem tất cả bình luận">{n_comments}</a>'
    else:
        cm = str(n_comments)
    parts = [
        date,
        f"Người đăng: {_space(o['poster'])}",
        f'Lượt xem: <em id="_viewnum">{s.views()}</em>',
        f"Bình luận: {cm}",
    ]
    if "author" in o:
        parts.append(f"Tác giả gốc: {esc(o['author'])}")
    if "from" in o:
        name, url = o["from"]
        parts.append(f'Nguồn: <a href="{esc(url)}" target="_blank">{esc(name)}</a>')
    return '<p class="xg1">\r\n' + '<span class="pipe">|</span>\r\n'.join(parts) + "</p>"


def _article(request: Request, aid: int, page: int) -> Response | None:
    s = BY_ID.get(aid)
    if s is None:
        return None
    pages = _pages_of(s)
    if page < 1 or page > len(pages):
        return None
    o = s.opts
    cid = CAT_ID[s.cat]
    bb = bool(o.get("bb"))
    box = ""
    kind = o.get("box")
    if kind in ("own", "dup"):
        box = f'<div class="s"><div><strong>Tóm tắt</strong>: {esc(s.summary)}</div></div>'
    elif kind == "auto":
        first = next(b.text for b in s.blocks if isinstance(b, P))
        box = f'<div class="s"><div><strong>Tóm tắt</strong>: {esc(first[:120])}...</div></div>'
    notice = BY_ID[35] if s.id != 35 else BY_ID[21]
    diy_top = (
        '<!--[diy=diycontenttop]--><div id="diycontenttop" class="area"><div id="frameCt1" class="frame move-span cl frame-1">'
        '<div id="frameCt1_left" class="column frame-1-c">'
        + _block(61, "📢 Thông báo", f'<div class="module cl xl xl1"><ul><li>{_article_link(notice, 40)}</li></ul></div>')
        + "</div></div></div><!--[/diy]-->"
    )
    content = _blocks_html(pages[page - 1], s, bb)
    if bb:
        content = f'<div id="article_content_bb">{content}</div>'
    pager = ""
    if len(pages) > 1:
        nums = "".join(
            f"<strong>{n}</strong>" if n == page else f'<a href="article-{s.id}-{n}.html">{n}</a>'
            for n in range(1, len(pages) + 1)
        )
        prev = f'<a href="article-{s.id}-{page - 1}.html" class="prev">&lsaquo;&lsaquo;</a>' if page > 1 else ""
        nxt = f'<a href="article-{s.id}-{page + 1}.html" class="nxt">Trang sau &rsaquo;</a>' if page < len(pages) else ""
        pager = f'<div class="ptw pbw cl"><div class="pg">{prev}{nums}{nxt}</div></div>'
    share = (
        '<div class="o cl ptm pbm">'
        '<a href="javascript:;" id="a_favorite" onclick="showWindow(this.id, \'home.php?mod=spacecp&amp;ac=favorite&amp;type=article'
        f'&amp;id={s.id}\', \'get\', 0);" class="oshr ofav">Lưu trữ</a>'
        '<a href="javascript:;" id="a_share" onclick="showWindow(this.id, \'home.php?mod=spacecp&amp;ac=share&amp;type=article'
        f'&amp;id={s.id}\', \'get\', 0);" class="oshr">Chia sẻ</a>'
        '<a href="javascript:;" id="a_invite" class="oshr oivt">Mời bạn</a>'
        '<a href="javascript:;" onclick="window.print();" class="oshr">In bài</a></div>'
    )
    extra = ""
    if "tid" in o:
        extra = (
            '<p class="xg1 mtm">Bài viết này được đẩy từ diễn đàn: '
            f'<a href="forum.php?mod=viewthread&amp;tid={o["tid"]}" target="_blank">Xem chủ đề gốc</a></p>'
        )
    related = ""
    if o.get("related"):
        lis = "".join(f"<li>&bull; {_article_link(BY_ID[a])}</li>" for a in o["related"])
        related = (
            '<div class="bm"><div class="bm_h cl"><h3>Bài viết liên quan</h3></div>'
            f'<div class="bm_c"><ul class="xl xl2 cl" id="raid_div">{lis}</ul></div></div>'
        )
    comments = ""
    if o.get("comments"):
        dls = "".join(
            f'<dl id="comment_{s.id * 10 + i}_li" class="ptm pbm bbda cl"><dt class="mbm">'
            '<span class="y xw0 xi2"><a href="javascript:;" onclick="portal_comment_requote('
            f"{s.id * 10 + i}, '{s.id}');\">Trích dẫn</a></span>"
            f'{_space(uid, "xi2 xw1")} <span class="xg1 xw0">{when}</span></dt><dd>{esc(txt)}</dd></dl>'
            for i, (uid, _name, when, txt) in enumerate(o["comments"])
        )
        allc = (
            f'<a href="portal.php?mod=comment&amp;id={s.id}&amp;idtype=aid" class="y xi2">Xem tất cả bình luận</a>'
            if o.get("allcomments")
            else ""
        )
        comments = (
            f'<div id="comment" class="bm"><div class="bm_h cl">{allc}<h3 class="ph">Bình luận mới nhất</h3></div>'
            f'<div id="comment_ul" class="bm_c">{dls}</div>'
            '<form id="cform" name="cform" action="portal.php?mod=portalcp&amp;ac=comment" method="post" autocomplete="off">'
            '<div class="tedt"><div class="area"><div class="pt hm">Bạn cần <a href="javascript:;" '
            "onclick=\"showWindow('login', 'member.php?mod=logging&amp;action=login')\">đăng nhập</a> để bình luận</div>"
            '</div></div><input type="hidden" name="aid" value="' + str(s.id) + '" /></form></div>'
        )
    main = (
        '<div class="bm vw"><div class="h hm">'
        f'<h1 class="ph">{esc(s.title)}</h1>'
        f"{_meta_line(s, bool(o.get('allcomments')))}</div>"
        '<!--[diy=diysummarytop]--><div id="diysummarytop" class="area"></div><!--[/diy]-->'
        f"{box}"
        '<!--[diy=diysummarybottom]--><div id="diysummarybottom" class="area"></div><!--[/diy]-->'
        f'<div class="d">{diy_top}'
        '<table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">\r\n'
        f"{content}\r\n</td></tr></table>"
        '<!--[diy=diycontentbottom]--><div id="diycontentbottom" class="area"></div><!--[/diy]-->'
        f"{pager}{extra}{share}</div></div>{related}{comments}"
    )
    latest = _block(
        62, "Tin mới nhất", _ul_block([x for x in _latest(6) if x.id != s.id][:5], 30)
    )
    first_text = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return _page(
        request,
        f"{s.title} - {s.cat} - {SITE}",
        main,
        latest + _sidebar(),
        [("Cổng thông tin", "portal.php"), (s.cat, f"portal.php?mod=list&amp;catid={cid}"), ("Xem nội dung", "")],
        desc=first_text[:150],
    )


def _comment_page(request: Request, aid: int) -> Response | None:
    s = BY_ID.get(aid)
    if s is None or not s.opts.get("allcomments"):
        return None
    dls = "".join(
        f'<dl class="ptm pbm bbda cl"><dt class="mbm">{_space(uid, "xi2 xw1")} '
        f'<span class="xg1 xw0">{when}</span></dt><dd>{esc(txt)}</dd></dl>'
        for uid, _n, when, txt in s.opts["comments"]
    )
    main = (
        f'<div class="bm"><div class="bm_h cl"><h1 class="ph">Bình luận: <a href="article-{s.id}-1.html">{esc(s.title)}</a></h1></div>'
        f'<div id="comment_ul" class="bm_c">{dls}</div>'
        '<div class="pgs cl"><div class="pg"><strong>1</strong></div></div></div>'
    )
    return _page(request, f"Bình luận: {s.title} - {SITE}", main, _sidebar(),
                 [("Cổng thông tin", "portal.php"), ("Bình luận", "")])


_TOPICS = {
    1: (
        "Giới thiệu Đoàn trường THPT Lào Cai số 1",
        [
            "Đoàn TNCS Hồ Chí Minh Trường THPT Lào Cai số 1 hiện có 36 chi đoàn với gần 1.400 đoàn viên.",
            "Nhiều năm liền, Đoàn trường được Tỉnh đoàn Lào Cai tặng Bằng khen “Đơn vị xuất sắc trong công tác Đoàn và phong trào thanh niên trường học”.",
            "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 gồm 15 đồng chí; Bí thư Đoàn trường: đồng chí Hoàng Minh Tuấn.",
        ],
    ),
    2: (
        "Liên hệ Ban Biên tập",
        [
            "Văn phòng Đoàn trường: tầng 1 nhà B, Trường THPT Lào Cai số 1.",
            "Địa chỉ: số 12 đường Hoàng Liên, phường Cốc Lếu, tỉnh Lào Cai.",
            "Điện thoại: 0214 3840 123 - Email: doantruong@thptlaocai1.edu.vn",
            "Bài viết, tin ảnh gửi về Ban Truyền thông trước 17 giờ thứ Sáu hằng tuần.",
        ],
    ),
}


def _topic(request: Request, tid: int) -> Response | None:
    if tid not in _TOPICS:
        return None
    title, paras = _TOPICS[tid]
    inner = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (
        f'<!--[diy=diytopic]--><div id="diytopic" class="area"><div id="frameT{tid}" class="frame move-span cl frame-1">'
        f'<div class="title frame-title"><span class="titletext">{esc(title)}</span></div>'
        f'<div id="frameT{tid}_left" class="column frame-1-c">{_block(70 + tid, title, inner)}</div></div></div><!--[/diy]-->'
    )
    return _page(request, f"{title} - {SITE}", main, crumbs=[("Chuyên đề", ""), (title, "")], full=True,
                 active=f"topic{tid}")


# --- forum ------------------------------------------------------------------------------------------

_QA = {
    "title": "Hỏi lịch thi cuối học kỳ I khối 11 năm nay thế nào ạ?",
    "posts": [
        (22, "2026-12-2 19:20", "Mọi người ơi cho mình hỏi lịch thi cuối kỳ I khối 11 đã có chưa ạ? Thi mấy môn tự luận?"),
        (15, "2026-12-2 19:45", "Theo mình biết thì tuần 21 bắt đầu thi, lịch chính thức nhà trường sẽ gửi qua GVCN."),
        (1, "2026-12-3 07:10", "Lịch thi sẽ được đăng trên cổng thông tin sau ngày 10/12. Các em theo dõi mục Thông báo nhé."),
        (22, "2026-12-3 07:32", "Dạ em cảm ơn anh chị BCH ạ."),
    ],
}


def _thread_posts(tid: int) -> tuple[str, list[tuple[int, str, str]], Story | None]:
    if tid == QA_TID:
        return _QA["title"], [(u, d, esc(t)) for u, d, t in _QA["posts"]], None
    s = THREADS[tid]
    first = _blocks_html(s.blocks, s, True)
    replies = {
        88: [(15, "2026-11-20 21:13", "Tiết mục của 12A3 hay quá!"), (22, "2026-11-21 06:50", "Năm sau chi đoàn mình quyết giành giải Nhất.")],
        76: [(22, "2026-11-3 12:02", "Chúc mừng 10A6!")],
    }[tid]
    posts = [(s.opts["poster"], s.opts["date"], first)] + [(u, d, esc(t)) for u, d, t in replies]
    return s.title, posts, s


def _thread(request: Request, tid: int, authorid: int | None = None) -> Response | None:
    if tid != QA_TID and tid not in THREADS:
        return None
    title, posts, s = _thread_posts(tid)
    op = posts[0][0]
    if authorid is not None:
        if authorid != op:
            return None
        posts = [p for p in posts if p[0] == op]
    base = base_url(request)
    out = []
    for i, (uid, when, msg) in enumerate(posts):
        pid = tid * 10 + i
        num = "Chủ thớt" if i == 0 else f"<em>{i + 1}</em><sup>#</sup>"
        only = (
            f'<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page=1&amp;authorid={uid}" '
            'rel="nofollow">Chỉ xem của chủ thớt</a>'
            if i == 0 and authorid is None
            else ""
        )
        out.append(
            f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">'
            f'<tr><td class="pls" rowspan="2"><div class="pi"><div class="authi">{_space(uid, "xw1")}</div></div>'
            f'<div class="avatar"><img src="uc_server/avatar.php?uid={uid}&amp;size=middle" /></div>'
            f'<p><em>{esc(USERS[uid][1])}</em></p></td>'
            f'<td class="plc"><div class="pi"><strong><a href="javascript:;" id="postnum{pid}">{num}</a></strong>'
            f'<div class="pti"><div class="authi"><em id="authorposton{pid}">Đăng lúc <span title="{when}">{when}</span></em>'
            f"{only}</div></div></div>"
            f'<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr>'
            f'<td class="t_f" id="postmessage_{pid}">{msg}</td></tr></table></div></div></div></td></tr>'
            '<tr><td class="plc plm"><div class="sign">Đoàn kết - Tình nguyện - Học tập - Sáng tạo</div></td></tr></table></div>'
        )
    pushed = ""
    if s is not None:
        pushed = (
            f'<div class="modact"><a href="javascript:;">Chủ đề này được {esc(USERS[1][0])} đẩy lên cổng thông tin lúc {s.opts["date"]}</a></div>'
            f'<p class="mtm">Xem bài trên cổng thông tin: <a href="{base}/portal.php?mod=view&amp;aid={s.id}">{esc(s.title)}</a></p>'
        )
    main = (
        '<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr>'
        f'<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">Xem:</span> <span class="xi1">{300 + tid}</span>'
        f'<span class="pipe">|</span><span class="xg1">Trả lời:</span> <span class="xi1">{len(posts) - 1}</span></div></td>'
        f'<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{esc(title)}</span></h1></td></tr></table>'
        f'{pushed}{"".join(out)}</div>'
    )
    return _page(request, f"{title} - Góc học sinh - {SITE}", main, crumbs=[("Diễn đàn", "forum.php"), ("Góc học sinh", "forum.php?mod=forumdisplay&amp;fid=2"), (title, "")],
                 full=True, active="forum")


def _thread_list() -> list[tuple[int, str, str]]:
    rows = [(QA_TID, _QA["title"], "2026-12-2")]
    rows += [(tid, s.title, s.opts["date"].split()[0]) for tid, s in sorted(THREADS.items(), reverse=True)]
    return rows


def _forum_index(request: Request) -> Response:
    latest = "".join(f'<li><a href="forum.php?mod=viewthread&amp;tid={t}">{esc(title)}</a></li>' for t, title, _ in _thread_list())
    main = (
        '<div id="chart" class="bm bw0 cl"><p class="chart z">Hôm nay: <em>12</em><span class="pipe">|</span>Hôm qua: <em>30</em>'
        '<span class="pipe">|</span>Chủ đề: <em>1250</em><span class="pipe">|</span>Bài viết: <em>8902</em>'
        '<span class="pipe">|</span>Thành viên: <em>2310</em></p></div>'
        '<div class="bm"><div class="bm_h"><h2>Chủ đề mới</h2></div><div class="bm_c"><ul class="xl">' + latest + "</ul></div></div>"
        '<div class="fl bm"><div class="bm bmw cl"><div class="bm_h cl"><h2>Khu vực học sinh</h2></div>'
        '<div class="bm_c"><table cellspacing="0" cellpadding="0" class="fl_tb"><tr><td class="fl_g"><dl><dt>'
        '<a href="forum.php?mod=forumdisplay&amp;fid=2">Góc học sinh</a></dt><dd>Chủ đề: 3, Bài viết: 10</dd></dl></td></tr></table></div></div></div>'
    )
    return _page(request, f"Diễn đàn - {SITE}", main, crumbs=[("Diễn đàn", "")], full=True, active="forum")


def _forumdisplay(request: Request) -> Response:
    rows = "".join(
        f'<tbody id="normalthread_{t}"><tr><th class="common"><a href="forum.php?mod=viewthread&amp;tid={t}&amp;extra=page%3D1" '
        f'onclick="atarget(this)" class="s xst">{esc(title)}</a></th><td class="by"><em><span>{d}</span></em></td></tr></tbody>'
        for t, title, d in _thread_list()
    )
    main = (
        '<div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum.php?mod=forumdisplay&amp;fid=2">Góc học sinh</a></h1></div></div>'
        f'<div id="threadlist" class="tl bm bmw"><div class="bm_c"><table summary="forum_2" cellspacing="0" cellpadding="0" id="threadlisttableid">{rows}</table></div></div>'
    )
    return _page(request, f"Góc học sinh - {SITE}", main, crumbs=[("Diễn đàn", "forum.php"), ("Góc học sinh", "")], full=True, active="forum")


def _archiver(request: Request) -> Response | None:
    q = request.query
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{t}</title></head><body>'
    top = f'<div id="nav"><a href="../">{esc(SITE)}</a> &rsaquo; <a href="./">Archiver</a></div>'
    foot = '<div id="end"> Phiên bản đầy đủ: <a href="../forum.php" target="_blank"><strong>Diễn đàn</strong></a></div></body></html>'
    if q == "":
        body = top + '<div id="content"><h3>Khu vực học sinh</h3><ul><li><a href="?fid-2.html">Góc học sinh</a></li></ul></div>'
        return html(head.format(t=f"{esc(SITE)} - Archiver") + body + foot)
    if q == "fid-2.html":
        lis = "".join(f'<li><a href="?tid-{t}.html">{esc(title)}</a> ({d})</li>' for t, title, d in _thread_list())
        return html(head.format(t="Góc học sinh - Archiver") + top + f'<div id="content"><ul>{lis}</ul></div>' + foot)
    m = re.fullmatch(r"tid-(\d+)\.html", q)
    if not m:
        return None
    tid = int(m.group(1))
    if tid != QA_TID and tid not in THREADS:
        return None
    title, posts, _s = _thread_posts(tid)
    parts = "".join(
        f'<p class="author"><strong>{esc(USERS[uid][0])}</strong> Đăng lúc {when}</p><div class="content">{msg}</div>'
        for uid, when, msg in posts
    )
    return html(head.format(t=esc(title)) + top + f'<div id="content"><h1>{esc(title)}</h1>{parts}</div>'
                + f'<div id="end">Xem phiên bản đầy đủ: <a href="../forum.php?mod=viewthread&amp;tid={tid}" target="_blank"><strong>{esc(title)}</strong></a></div></body></html>')


# --- home.php / member.php --------------------------------------------------------------------------

_ALBUM = [
    ("data/attachment/album/202611/05/hkpd_01.jpg", "Khai mạc Hội khỏe Phù Đổng"),
    ("data/attachment/album/202611/05/hkpd_02.jpg", "Môn kéo co khối 11"),
    ("data/attachment/album/202611/05/hkpd_03.jpg", "Đội tuyển điền kinh nhận huy chương"),
]


def _space_page(request: Request, uid: int, do: str | None, album: int | None) -> Response | None:
    if uid not in USERS:
        return None
    name, group = USERS[uid]
    if do == "album":
        if uid != 1 or album != 5:
            return None
        pics = "".join(
            f'<li class="d"><div class="c"><a href="javascript:;"><img src="{p}.thumb.jpg" alt="" /></a></div><p class="ptm">{esc(c)}</p></li>'
            for p, c in _ALBUM
        )
        main = (
            f'<div class="bm"><div class="bm_h"><h1 class="mt">Album: Hội khỏe Phù Đổng cấp trường 2026</h1></div>'
            f'<div class="bm_c"><p class="xg1">Cập nhật 2026-11-5 17:20 | 3 ảnh</p><ul class="ptw ml mlp cl">{pics}</ul></div></div>'
        )
        return _page(request, f"Album: Hội khỏe Phù Đổng cấp trường 2026 - {SITE}", main,
                     crumbs=[(name, f"home.php?mod=space&amp;uid={uid}"), ("Album", "")], full=True, active="album")
    if do is not None or album is not None:
        return None
    main = (
        f'<div class="bm"><div class="bm_h"><h2 class="mt">{esc(name)}</h2></div><div class="bm_c u_profile">'
        f'<div class="pbm mbm bbda cl"><h2 class="mbn">{esc(name)} <span class="xw0">(UID: {uid})</span></h2>'
        f'<ul class="pf_l cl"><li><em>Nhóm thành viên</em>{esc(group)}</li><li><em>Ngày đăng ký</em>2025-8-{10 + uid % 18} 08:00</li>'
        f'<li><em>Lần hoạt động cuối</em>2026-12-4 21:{uid + 10:02d}</li><li><em>Số bài viết</em>{uid * 7 + 3}</li></ul></div>'
        f'<img src="uc_server/avatar.php?uid={uid}&amp;size=big" /></div></div>'
    )
    return _page(request, f"Hồ sơ của {name} - {SITE}", main, crumbs=[(name, "")], full=True, active="home")


def _member(request: Request) -> Response | None:
    p = request.params
    if p.get("mod") == "register" and len(p) == 1:
        main = (
            '<div class="bm"><div class="bm_h"><h3>Đăng ký thành viên</h3></div><form method="post" action="member.php?mod=register">'
            '<table><tr><th>Tên đăng nhập</th><td><input type="text" name="username" class="px" /></td></tr>'
            '<tr><th>Mật khẩu</th><td><input type="password" name="password" class="px" /></td></tr>'
            '<tr><th>Email</th><td><input type="text" name="email" class="px" /></td></tr></table>'
            '<button type="submit" class="pn pnc"><strong>Đăng ký</strong></button></form></div>'
        )
        return _page(request, f"Đăng ký - {SITE}", main, crumbs=[("Đăng ký", "")], full=True)
    if p.get("mod") == "logging" and p.get("action") == "login" and len(p) == 2:
        main = (
            '<div class="bm"><div class="bm_h"><h3>Đăng nhập</h3></div><form method="post" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes">'
            '<input type="text" name="username" class="px" /><input type="password" name="password" class="px" />'
            '<button type="submit" class="pn pnc"><strong>Đăng nhập</strong></button></form></div>'
        )
        return _page(request, f"Đăng nhập - {SITE}", main, crumbs=[("Đăng nhập", "")], full=True)
    return None


# --- routing ---------------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(r"/article-(\d+)-(\d+)\.html")


def _int(v: str | None) -> int | None:
    return int(v) if v is not None and v.isdigit() else None


class DiscuzSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        p = request.params
        if path.startswith(("/static/", "/data/attachment/", "/data/cache/")):
            return static_file(path)
        if path == "/uc_server/avatar.php":
            return static_file("avatar.gif") if _int(p.get("uid")) in USERS else None
        if path == "/" and not request.query:
            return _home(request)
        m = _ARTICLE_RE.fullmatch(path)
        if m and not request.query:
            return _article(request, int(m.group(1)), int(m.group(2)))
        if path == "/portal.php":
            mod = p.get("mod")
            if mod in (None, "index") and set(p) <= {"mod"}:
                return _home(request)
            if mod == "list" and set(p) <= {"mod", "catid", "page"}:
                cid = _int(p.get("catid"))
                page = _int(p.get("page", "1"))
                if cid in CATS and page is not None:
                    return _list(request, cid, page)
                return None
            if mod == "view" and set(p) <= {"mod", "aid", "page"}:
                aid, page = _int(p.get("aid")), _int(p.get("page", "1"))
                if aid is None or page is None:
                    return None
                return _article(request, aid, page)
            if mod == "comment" and p.get("idtype") == "aid" and set(p) == {"mod", "id", "idtype"}:
                aid = _int(p.get("id"))
                return _comment_page(request, aid) if aid is not None else None
            if mod == "topic" and set(p) == {"mod", "topicid"}:
                t = _int(p.get("topicid"))
                return _topic(request, t) if t is not None else None
            return None
        if path == "/forum.php":
            mod = p.get("mod")
            if not p:
                return _forum_index(request)
            if mod == "forumdisplay" and p.get("fid") == "2" and set(p) <= {"mod", "fid", "page"} and p.get("page", "1") == "1":
                return _forumdisplay(request)
            if mod == "viewthread":
                tid = _int(p.get("tid"))
                if tid is None:
                    return None
                keys = set(p)
                if keys == {"mod", "tid"} or (keys == {"mod", "tid", "extra"} and p["extra"] == "page=1"):
                    return _thread(request, tid)
                if keys == {"mod", "tid", "page", "authorid"} and p["page"] == "1":
                    a = _int(p.get("authorid"))
                    return _thread(request, tid, a) if a is not None else None
            return None
        if path == "/home.php" and p.get("mod") == "space":
            uid = _int(p.get("uid"))
            if uid is None or not set(p) <= {"mod", "uid", "do", "id"}:
                return None
            return _space_page(request, uid, p.get("do"), _int(p.get("id")))
        if path == "/home.php" and p.get("mod") == "misc":
            return Response(200, b"", {"Content-Type": "application/javascript"})
        if path == "/member.php":
            return _member(request)
        if path == "/archiver/":
            return _archiver(request)
        return None


def build_site() -> DiscuzSite:
    return DiscuzSite()


# --- gold ----------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [f"/portal.php?mod=view&aid={s.id}", f"/portal.php?mod=view&aid={s.id}&page=1"]
    for n in range(2, len(_pages_of(s)) + 1):
        alts += [f"/article-{s.id}-{n}.html", f"/portal.php?mod=view&aid={s.id}&page={n}"]
    if "tid" in s.opts:
        t = s.opts["tid"]
        alts += [
            f"/forum.php?mod=viewthread&tid={t}",
            f"/forum.php?mod=viewthread&tid={t}&extra=page%3D1",
            f"/forum.php?mod=viewthread&tid={t}&page=1&authorid={s.opts['poster']}",
            f"/archiver/?tid-{t}.html",
        ]
    return alts


GOLD = [gold_record(s, f"/article-{s.id}-1.html", s.cat, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/portal.php?mod=topic&topicid=1",
    "/portal.php?mod=topic&topicid=2",
    "/home.php?mod=space&uid=1&do=album&id=5",
    "/home.php?mod=space&uid=1",
    "/home.php?mod=space&uid=30",
    f"/forum.php?mod=viewthread&tid={QA_TID}",
    "/portal.php?mod=comment&id=27&idtype=aid",
]
