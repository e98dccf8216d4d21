"""Fixture portal: Trường THPT Lương Thế Vinh's phpBB 3.0 board with Board3 Portal as its home.

Imitates what many Vietnamese upper-secondary schools ran from about 2008 to 2015: a phpBB
3.0.x forum (a prosilver-derived style ``thpt_xanh``, the phpBBVietNam language pack) with the
Board3 Portal 1.0 MOD as home page and the phpBB Gallery MOD as photo library. The school's news
are forum topics; the site has no other CMS. What it serves:

- ``/`` (the server's DirectoryIndex) and ``/portal.php``: Board3 Portal. Centre column: a welcome
  block, "Thông báo" (the announcements of forum 5 and the board's global announcement, each with
  the first post's opening and "[ Đọc tiếp ]"), "Tin tức nhà trường" (the newest topics of forums
  3 and 4 by topic time, four a page, paged ``portal.php?np=4``), "Trả lời mới" (the newest
  replies, ``viewtopic.php?p=N#pN``). Side blocks: login box, school menu, "Ai đang trực
  tuyến", "Thống kê" ("Tổng số bài viết 12345 • Tổng số chủ đề 2345 • Tổng số thành viên
  678"), "Sinh nhật", the mini calendar (``portal.php?m=-1`` / ``m=1``), links, a visitor counter.
- ``/index.php``: the forum index (categories, forums, last posts, who is online, statistics, the
  header clock "Thời gian hiện tại là …", "Đánh dấu các diễn đàn là đã đọc").
- ``/viewforum.php?f=N``: prosilver topic lists, the board's ``topics_per_page`` set to 3;
  announcements and the global announcement repeat at the top of every page; pagination links
  are phpBB 3.0's ``viewforum.php?f=3&st=0&sk=t&sd=d&start=3``; multi-page topics show
  "1, 2" mini-pagination (``viewtopic.php?f=3&t=N&start=10``); the sort/filter form (st, sk,
  sd) and "Đánh dấu các chủ đề là đã đọc" (``&hash=…&mark=topics``). Forums: 2 "Nội quy -
  Hướng dẫn", 3 "Tin tức - Sự kiện" (3 pages), 4 "Hoạt động Đoàn", 5 "Thông báo", 6 "Văn bản -
  Biểu mẫu", 7 "Góc học tập" (students' own topics).
- ``/viewtopic.php``: a topic, ``posts_per_page`` 10. The ARTICLE is the first post: subject
  (h2 topic title and h3 post subject), ``p.author`` "bởi <login> » T.Năm 12/11/2026 3:20 pm",
  ``div.content`` with BBCode-rendered markup (no ``<p>``: lines end in ``<br />``, paragraphs
  in ``<br /><br />``; ``<span style="font-weight: bold">``, ``[img]`` as ``img.postimage``
  with an absolute URL, captions as an italic/small/parenthesised line under the photo, the
  custom ``[center]`` BBCode, ``[list]``, ``[quote="…"]`` as ``blockquote`` with "… đã viết:",
  a smiley image, a local link), a PDF in the attachment box, the "Sửa lần cuối bởi …" notice,
  the poster's signature ``div.signature``, the profile column (avatar, rank, "Bài viết",
  "Ngày tham gia: <a date>", "Đến từ"). Later posts are members' replies ("Re: …"). Tools: "Gửi
  bài trả lời", "Xem bản in" (``&view=print``), "« Chủ đề trước" / "Chủ đề tiếp theo »"
  (``&view=previous`` / ``&view=next``), "Gửi chủ đề qua email", the topic feed, jumpbox, the
  "display posts from / sort by" form.
- ``/feed.php`` (Atom, phpBB 3.0.x's feed: newest posts, replies included, linked as
  ``viewtopic.php?t=N&p=M#pM``), ``feed.php?mode=topics``, ``feed.php?f=N``, ``feed.php?t=N``;
  announced in every page's head.
- the rest of phpBB for a guest: ``faq.php``, ``search.php`` (advanced form; ``search_id=
  active_topics`` / ``unanswered``; ``author_id=N&sr=posts``), ``viewonline.php``,
  ``memberlist.php`` (login box for guests), ``memberlist.php?mode=viewprofile&u=N`` and
  ``mode=leaders``, ``ucp.php?mode=login|register|…``, ``posting.php?mode=reply&f=3&t=N`` (login
  box), ``download/file.php?id=N`` (attachments) and ``?avatar=…``; the school's own pages made
  with phpBB's page_header (``gioithieu.php``, ``lienhe.php``); the gallery (``gallery/
  index.php``, ``album.php?album_id=N``, ``image_page.php?album_id=N&image_id=M``, pictures at
  ``gallery/image.php?album_id=N&image_id=M``).

Sessions, the platform's own trap: a guest without the session cookie gets ``&sid=<32 hex>`` on
every internal link (``./viewtopic.php?f=3&t=1318&sid=…``; before the ``#pN`` fragment) and a
``Set-Cookie: phpbb3_lq7xe_sid=…``. A request carrying a 32-hex ``sid`` keeps it; one without
gets a new one (derived from the request, so it differs page to page: the feed's sid-less links
open a fresh copy of the whole board); a request with the cookie gets links without sid.
Other traps and hard cases: the same topic at ``viewtopic.php?f=F&t=N``, ``?t=N``, ``?p=M``
(every post of the first page, from the post icons, the "latest post" icons, the feed and the
replies block), ``?t=N&p=M``, ``?f=F&t=N&p=M``, ``?f=F&p=M`` (the index's last-post icons),
``?f=F&t=N&st=0&sk=t&sd=a`` (page 1 from page
2), ``?f=OTHER&t=N`` (the shadow "moved" topic left in forum 3 after topic 1292 was moved to
forum 4), and ``&view=next`` / ``&view=previous`` of a neighbour (phpBB renders the next topic
by last-post time at the neighbour's URL) — all listed as ``alt_paths``; ``view=next`` past the
newest topic answers 200 with "Không có chủ đề mới hơn trong diễn đàn này."; the second page of
a topic (``&start=10``, also reached by ``?p=`` of a reply on it) holds replies only; the print
view repeats first post and replies (``noindex``); the calendar's ``m=`` never ends; a deleted
topic linked from an article (``t=1057``) answers 200 with phpBB's notice (soft 404); the
"mark read" links; sort/filter combinations answer 200 for any value.

Gold (by hand). Articles are the first posts of the topics in forums 3, 4 and 5 written by staff:
category = the forum named last in the breadcrumb ("Tin tức - Sự kiện", "Hoạt động Đoàn",
"Thông báo"). Not articles: the global announcement "Nội quy diễn đàn" and the "Hướng dẫn
đăng ký" sticky (standing rules of the board, not news), a student's question in forum 5 and the
students' topics in forum 7 (discussion, not the school's news), the document topics of forum 6
(a register entry — number, date, issuer, abstract — and a PDF, no text), reply pages, print
views, listings, the portal, gallery, custom and phpBB pages. Judgement calls:
- title: the topic title as printed, a "[Tin ảnh]" prefix the poster typed included.
- published_at: the first post's "bởi … » <day> d/m/Y g:i am|pm" line, with its time (12:15 pm
  is 12:15). "Sửa lần cuối … vào ngày …" is an update, not the date; "Ngày tham gia" in the
  profile column and the header clock are not dates of the article.
- body: the first post's own lines in order: every line the post prints (a paragraph between
  ``<br /><br />``, a list item, a bold sub-heading) is a paragraph; the quoted directive in
  ``[quote]`` is article text, its automatic "Bộ GD&ĐT đã viết:" line is not; the smiley is not
  text; captions, byline/"Nguồn:" lines, the attachment box, the edit notice, the signature and
  the replies are not body.
- summary: a first line wholly in bold (1287, 1309, 1314, 1318, 1320; 1320's is also red) is
  the lead, and stays the body's first paragraph; otherwise None (phpBB prints no sapo).
- authors: the in-text signing line ("Tin: …", "Người viết: Thầy Trần Văn Hùng - Tổ Tin học" →
  Trần Văn Hùng, "Bài: …", "Bài, ảnh: … - lớp 12A2", a bare bold name); when nothing in the post
  signs it, the poster field credits nobody when it is a login (thay_hung, admin, bqt_thpt,
  doantruong) but names the author when the account is a person's name (topic 1301, posted by
  "Phạm Thị Lan Anh"). Signatures ("Tổ Tin học - Trường THPT Lương Thế Vinh") print under every
  post of that account and credit nobody.
- photographers: "Ảnh: …", "Tin, ảnh: …", "Bài, ảnh: …" in the signing line.
- source: "Nguồn: …" (1294 keeps its "Bài:" author too; 1305 has only the source).
- images: the ``img.postimage`` photos in order, absolute URLs on the site; avatars, rank
  images, smilies and icons are not article images; the PDF is not an image. Captions: the line
  under the photo, without parentheses (1301) and without the "Ảnh:" label (1309); photos with
  no line have None.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "phpbb_portal_thpt"
PLATFORM = "phpbb3"
START_PATH = "/"

SCHOOL = "Trường THPT Lương Thế Vinh"
BOARD = "Diễn đàn Trường THPT Lương Thế Vinh"
BOARD_DESC = "Nơi giao lưu, chia sẻ của thầy và trò Trường THPT Lương Thế Vinh - Đắk Lắk"
ADDRESS = "Số 234 đường Trần Hưng Đạo, phường Tuy Hòa, tỉnh Đắk Lắk"
PHONE = "0257 3 823 417"
HOTLINE = "0905 317 482"
EMAIL = "thptluongthevinh@daklak.edu.vn"
STYLE = "./styles/thpt_xanh"
COOKIE = "phpbb3_lq7xe"
TOPICS_PER_PAGE = 3
POSTS_PER_PAGE = 10
NEWS_PER_PAGE = 4
NOW = datetime(2026, 11, 25, 9, 41)
#: guests share the anonymous user's form salt: the mark-read hash is the same for every guest
MARK_HASH = "7c1e9a04"
SELECTED = ' selected="selected"'

WD = ("T.Hai", "T.Ba", "T.Tư", "T.Năm", "T.Sáu", "T.Bảy", "CN")
MONTHS = ("Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
          "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai")  # fmt: skip

#: forums: id -> (name, description, parent category id)
FORUMS: dict[int, tuple[str, str, int]] = {
    2: ("Nội quy - Hướng dẫn", "Nội quy diễn đàn và hướng dẫn sử dụng", 1),
    3: ("Tin tức - Sự kiện", "Tin tức về các hoạt động của nhà trường", 1),
    4: ("Hoạt động Đoàn", "Hoạt động của Đoàn trường và các chi đoàn", 1),
    5: ("Thông báo", "Thông báo của Ban Giám hiệu và các bộ phận", 1),
    6: ("Văn bản - Biểu mẫu", "Văn bản chỉ đạo, kế hoạch, biểu mẫu", 1),
    7: ("Góc học tập", "Trao đổi học tập, chia sẻ tài liệu ôn thi", 8),
}
CATEGORIES = {1: "Trường THPT Lương Thế Vinh", 8: "Dành cho học sinh"}
NEWS_FORUMS = (3, 4)


@dataclass(frozen=True)
class User:
    id: int
    name: str
    rank: str
    posts: int
    joined: datetime
    place: str = ""
    sig: str = ""
    colour: str = ""


USERS: dict[str, User] = {u.name: u for u in [
    User(2, "admin", "Quản trị viên", 1843, datetime(2009, 3, 2, 15, 20), "Tuy Hòa",
         "Ban Quản trị Diễn đàn THPT Lương Thế Vinh", "AA0000"),
    User(53, "thay_hung", "Điều hành viên", 964, datetime(2010, 9, 6, 20, 12), "Tổ Tin học",
         "Tổ Tin học - Trường THPT Lương Thế Vinh<br />Website: <a href=\"http://thptltv.edu.vn\""
         " class=\"postlink\">http://thptltv.edu.vn</a>", "00AA00"),
    User(54, "bqt_thpt", "Điều hành viên", 512, datetime(2012, 8, 27, 7, 45), "Văn phòng", "",
         "00AA00"),
    User(61, "doantruong", "Điều hành viên", 389, datetime(2013, 3, 26, 9, 0), "Văn phòng Đoàn",
         "<span style=\"font-style: italic\">Tuổi trẻ Lương Thế Vinh - Xung kích, sáng tạo!</span>",
         "0066CC"),
    User(71, "Phạm Thị Lan Anh", "Giáo viên", 147, datetime(2015, 10, 2, 21, 30), "Tổ Địa lí",
         "Học, học nữa, học mãi."),
    User(412, "hs_minh_tuan", "Thành viên", 86, datetime(2025, 9, 8, 19, 2), "11A3"),
    User(455, "lethu_12a1", "Thành viên", 203, datetime(2024, 9, 12, 20, 45), "12A1",
         "12A1 - Một thời để nhớ ^^"),
    User(480, "kimchi_11a2", "Thành viên", 131, datetime(2025, 9, 15, 18, 30), "11A2"),
    User(498, "nguyen_bao_11a5", "Thành viên", 58, datetime(2025, 10, 1, 21, 10), "11A5"),
    User(530, "hs_ngoc_anh", "Thành viên", 24, datetime(2026, 9, 10, 20, 5), "10A2"),
]}  # fmt: skip


def _img(name: str) -> str:
    return f"/images/tintuc/2026/{name}"


def _bold(value: str) -> str:
    return f'<span style="font-weight: bold">{value}</span>'


def _right(value: str) -> str:
    return f'<div style="text-align: right;">{value}</div>'


# Story.opts: forum, user (poster login), when (post time), replies (count), gap (hours between
# replies), edited (datetime of the last edit), attach ((id, file name, KiB, downloads)), kind
# (normal | sticky | announce), moved_from (forum that keeps a shadow topic), smiley (the P text
# after which the post shows a smiley).
# P styles: "" (a paragraph), lead (wholly bold first line), red (bold and red lead), h (bold
# sub-heading), li / ol (list items), q|<cite> (a quoted paragraph), a|<target>|<phrase>.
# Img styles: ci (centred photo, italic line), i (photo, italic line), paren (centred, "(…)"
# line), anh (centred, italic "Ảnh: …" line), small (small italic line), none (no line).
STORIES: list[Story] = [
    Story(
        id=1322,
        slug="doi-tuyen-hsg",
        title="Đội tuyển học sinh giỏi cấp tỉnh lớp 12 đạt 21 giải năm học 2026 - 2027",
        cat="3",
        published_at="2026-11-24T16:15:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp"
                " 12 năm học 2026 - 2027. Đội tuyển của Trường THPT Lương Thế Vinh có 21/26 học"
                " sinh đạt giải, xếp thứ ba toàn tỉnh trong khối các trường không chuyên."
            ),
            P("Cụ thể, các em đạt:"),
            P("02 giải Nhất: môn Tin học và môn Địa lí;", "ol"),
            P("06 giải Nhì: các môn Toán, Vật lí, Ngữ văn, Tiếng Anh;", "ol"),
            P("08 giải Ba và 05 giải Khuyến khích.", "ol"),
            Img(
                _img("11/hsg-tinh-2026-doi-tuyen.jpg"),
                "Đội tuyển học sinh giỏi chụp ảnh lưu niệm cùng Ban Giám hiệu nhà trường",
                "Đội tuyển học sinh giỏi chụp ảnh lưu niệm cùng Ban Giám hiệu nhà trường",
                "ci",
            ),
            P(
                "Em Nguyễn Hoàng Phúc (lớp 12A1), giải Nhất môn Tin học, chia sẻ: “Em đã ôn luyện"
                " suốt ba tháng hè cùng thầy cô trong tổ. Giải thưởng này là động lực để em tiếp"
                " tục theo đuổi ngành Khoa học máy tính”."
            ),
            P(
                "Các em đạt giải Nhất, Nhì được chọn vào đội tuyển của tỉnh dự thi chọn học sinh"
                " giỏi quốc gia, dự kiến diễn ra vào tháng 01/2027."
            ),
            Raw(
                _right(
                    '<span style="font-style: italic">Người viết: Thầy Trần Văn Hùng - Tổ Tin học</span>'
                )
            ),
        ],
        authors=["Trần Văn Hùng"],
        opts={
            "forum": 3,
            "user": "thay_hung",
            "when": datetime(2026, 11, 24, 16, 15),
            "replies": 5,
            "gap": 2.0,
            "edited": datetime(2026, 11, 25, 7, 10),
        },
    ),
    Story(
        id=1320,
        slug="nghi-hoc-bao-so-14",
        title="Thông báo cho học sinh nghỉ học ngày 23/11/2026 để phòng, tránh bão số 14",
        cat="5",
        published_at="2026-11-22T18:45:00+07:00",
        summary=(
            "Thực hiện Công điện số 12/CĐ-UBND của UBND tỉnh, nhà trường thông báo toàn thể học"
            " sinh nghỉ học ngày thứ Hai, 23/11/2026 để phòng, tránh bão số 14."
        ),
        blocks=[
            P(
                "Thực hiện Công điện số 12/CĐ-UBND của UBND tỉnh, nhà trường thông báo toàn thể học"
                " sinh nghỉ học ngày thứ Hai, 23/11/2026 để phòng, tránh bão số 14.",
                "red",
            ),
            P(
                "Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban Giám hiệu; giáo viên"
                " chủ nhiệm thông báo đến từng học sinh qua nhóm Zalo của lớp và theo dõi tình hình"
                " của học sinh trong vùng bị ảnh hưởng."
            ),
            P(
                "Thời gian đi học trở lại, nhà trường sẽ thông báo sau trên website và fanpage của"
                " trường."
            ),
        ],
        opts={
            "forum": 5,
            "user": "bqt_thpt",
            "when": datetime(2026, 11, 22, 18, 45),
            "replies": 3,
            "gap": 1.5,
            "kind": "announce",
        },
    ),
    Story(
        id=1318,
        slug="le-ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="3",
        published_at="2026-11-20T09:45:00+07:00",
        summary=(
            "Sáng 20/11, Trường THPT Lương Thế Vinh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết đợt thi đua “Dạy tốt - Học"
            " tốt”."
        ),
        blocks=[
            P(
                "Sáng 20/11, Trường THPT Lương Thế Vinh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết đợt thi đua “Dạy tốt -"
                " Học tốt”.",
                "lead",
            ),
            P(
                "Buổi lễ có sự tham dự của đại diện lãnh đạo UBND phường Tuy Hòa, Ban đại diện cha"
                " mẹ học sinh, các thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên và học"
                " sinh nhà trường."
            ),
            Img(
                _img("11/le-20-11-dang-hoa.jpg"),
                "Các em học sinh dâng hoa chúc mừng thầy cô giáo",
                "Các em học sinh dâng hoa chúc mừng thầy cô giáo",
                "ci",
            ),
            P(
                "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, thầy Hiệu trưởng Nguyễn Đức Thịnh bày"
                " tỏ lòng biết ơn đối với các thế hệ thầy cô đã gắn bó với mái trường. Trong đợt"
                " thi đua, toàn trường có 312 tiết dạy tốt, 1.250 lượt học sinh đạt điểm giỏi và 28"
                " tập thể lớp đạt danh hiệu lớp xuất sắc."
            ),
            P(
                "Cũng như lễ kỷ niệm năm trước, chương trình văn nghệ do học sinh các chi đoàn dàn"
                " dựng đã để lại nhiều cảm xúc cho thầy cô và các bạn.",
                "a|viewtopic.php?f=3&t=1057|lễ kỷ niệm năm trước",
            ),
            Img(
                _img("11/le-20-11-van-nghe.jpg"),
                "Tiết mục múa “Người thầy” của chi đoàn 12A1",
                "Tiết mục múa “Người thầy” của chi đoàn 12A1",
                "small",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong"
                " trào thi đua và trao 20 suất học bổng “Vượt khó học tốt” cho học sinh có hoàn"
                " cảnh khó khăn."
            ),
            Raw(_right(_bold("Tin: Nguyễn Thị Thu Hà - Ảnh: Lê Minh Quân"))),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Lê Minh Quân"],
        opts={
            "forum": 3,
            "user": "bqt_thpt",
            "when": datetime(2026, 11, 20, 9, 45),
            "replies": 12,
            "gap": 3.0,
        },
    ),
    Story(
        id=1314,
        slug="hien-mau-dot-2",
        title="Tuổi trẻ Lương Thế Vinh tham gia hiến máu tình nguyện đợt 2 năm 2026",
        cat="4",
        published_at="2026-11-16T10:05:00+07:00",
        summary=(
            "Sáng 15/11, Đoàn trường phối hợp với Hội Chữ thập đỏ phường Tuy Hòa tổ chức Ngày hội"
            " hiến máu tình nguyện đợt 2 năm 2026, thu hút hơn 150 đoàn viên, giáo viên đăng ký"
            " tham gia."
        ),
        blocks=[
            P(
                "Sáng 15/11, Đoàn trường phối hợp với Hội Chữ thập đỏ phường Tuy Hòa tổ chức Ngày"
                " hội hiến máu tình nguyện đợt 2 năm 2026, thu hút hơn 150 đoàn viên, giáo viên"
                " đăng ký tham gia.",
                "lead",
            ),
            P(
                "Sau khi khám sàng lọc, 118 người đủ điều kiện đã hiến 118 đơn vị máu. Nhiều em học"
                " sinh lớp 12 vừa đủ 18 tuổi đã lần đầu tham gia hiến máu với tinh thần “Mỗi giọt"
                " máu cho đi - Một cuộc đời ở lại”."
            ),
            Img(
                _img("11/hien-mau-dot-2.jpg"),
                "Cô giáo Nguyễn Thị Hằng (tổ Hóa học) tham gia hiến máu cùng học sinh",
                "Cô giáo Nguyễn Thị Hằng (tổ Hóa học) tham gia hiến máu cùng học sinh",
                "ci",
            ),
            P(
                "Toàn bộ số máu tiếp nhận được chuyển về Ngân hàng máu của Bệnh viện Đa khoa tỉnh"
                " để phục vụ công tác cấp cứu, điều trị cho người bệnh."
            ),
            Raw(_right(_bold("Bài, ảnh: Trần Ngọc Bảo Châu - lớp 12A2"))),
        ],
        authors=["Trần Ngọc Bảo Châu"],
        photographers=["Trần Ngọc Bảo Châu"],
        opts={
            "forum": 4,
            "user": "doantruong",
            "when": datetime(2026, 11, 16, 10, 5),
            "replies": 4,
            "gap": 5.0,
        },
    ),
    Story(
        id=1311,
        slug="lich-kiem-tra-hk1",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-13T17:30:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với học"
                " sinh ba khối lớp như sau:"
            ),
            P(
                "Từ ngày 14/12 đến 19/12/2026: kiểm tra các môn Ngữ văn, Toán, Tiếng Anh theo đề"
                " chung của Sở.",
                "li",
            ),
            P(
                "Từ ngày 21/12 đến 24/12/2026: kiểm tra các môn còn lại theo lịch của tổ chuyên"
                " môn.",
                "li",
            ),
            P("Thời gian nhập điểm lên phần mềm quản lý: hoàn thành trước ngày 31/12/2026.", "li"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh. Lịch"
                " chi tiết từng buổi xem trong tập tin đính kèm."
            ),
        ],
        opts={
            "forum": 5,
            "user": "admin",
            "when": datetime(2026, 11, 13, 17, 30),
            "replies": 2,
            "gap": 20.0,
            "kind": "announce",
            "attach": (318, "lich-kiem-tra-hk1-2026-2027.pdf", "124.5", 87),
        },
    ),
    Story(
        id=1309,
        slug="bong-da-20-11",
        title="Sôi nổi giải bóng đá nam học sinh chào mừng Ngày Nhà giáo Việt Nam",
        cat="3",
        published_at="2026-11-12T15:20:00+07:00",
        summary=(
            "Sau hai tuần thi đấu sôi nổi, chiều 11/11, trận chung kết giải bóng đá nam học sinh"
            " chào mừng 44 năm Ngày Nhà giáo Việt Nam đã khép lại với chức vô địch thuộc về đội"
            " bóng lớp 11A5."
        ),
        blocks=[
            P(
                "Sau hai tuần thi đấu sôi nổi, chiều 11/11, trận chung kết giải bóng đá nam học sinh"
                " chào mừng 44 năm Ngày Nhà giáo Việt Nam đã khép lại với chức vô địch thuộc về"
                " đội bóng lớp 11A5.",
                "lead",
            ),
            P(
                "Giải năm nay có 24 đội bóng của ba khối lớp tham gia, thi đấu theo thể thức loại"
                " trực tiếp trên sân cỏ nhân tạo của nhà trường. Các trận đấu diễn ra trung thực,"
                " cao thượng, thu hút đông đảo học sinh đến cổ vũ."
            ),
            Img(
                _img("11/bong-da-chung-ket-1.jpg"),
                "Ảnh: Pha tranh bóng trong trận chung kết giữa 11A5 và 12A2",
                "Pha tranh bóng trong trận chung kết giữa 11A5 và 12A2",
                "anh",
            ),
            P(
                "Trong trận chung kết, hai đội đã cống hiến cho khán giả những pha bóng đẹp mắt."
                " Chung cuộc, 11A5 giành chiến thắng 3 - 2 sau loạt sút luân lưu. Các cổ động viên"
                " lớp 11A5 đã có một buổi chiều cháy hết mình!"
            ),
            Img(
                _img("11/bong-da-trao-cup.jpg"),
                "Ban tổ chức trao cúp vô địch cho đội bóng lớp 11A5",
                "Ban tổ chức trao cúp vô địch cho đội bóng lớp 11A5",
                "i",
            ),
            Img(_img("11/bong-da-chung-ket-2.jpg"), None, None, "none"),
            P(
                "Ban tổ chức cũng trao giải Vua phá lưới cho em Lê Quang Vinh (lớp 12A2) với 7 bàn"
                " thắng và giải Thủ môn xuất sắc cho em Nguyễn Hữu Phước (lớp 11A5)."
            ),
            Raw(_right(_bold("Tin, ảnh: Đoàn Minh Khôi"))),
        ],
        authors=["Đoàn Minh Khôi"],
        photographers=["Đoàn Minh Khôi"],
        opts={
            "forum": 3,
            "user": "bqt_thpt",
            "when": datetime(2026, 11, 12, 15, 20),
            "replies": 5,
            "gap": 4.0,
            "smiley": "lớp 11A5 đã có một buổi chiều cháy hết mình!",
        },
    ),
    Story(
        id=1305,
        slug="rung-chuong-vang-khoi-10",
        title="Hội thi “Rung chuông vàng” khối 10: sân chơi bổ ích cho tân học sinh",
        cat="4",
        published_at="2026-11-08T21:30:00+07:00",
        blocks=[
            P(
                "Tối 07/11, tại hội trường nhà trường, Đoàn trường tổ chức Hội thi “Rung chuông"
                " vàng” dành cho 100 thí sinh đại diện 12 lớp khối 10."
            ),
            P(
                "Các câu hỏi xoay quanh kiến thức lịch sử, văn hóa địa phương, truyền thống nhà"
                " trường, kỹ năng sống và an toàn giao thông. Sau 25 câu hỏi gay cấn, em Trần Thị"
                " Mỹ Duyên (lớp 10A2) đã xuất sắc vượt qua tất cả thí sinh để “rung chuông vàng”."
            ),
            Img(
                _img("11/rung-chuong-vang-1.jpg"),
                "Các thí sinh tập trung trả lời câu hỏi",
                "Các thí sinh tập trung trả lời câu hỏi",
                "ci",
            ),
            Img(
                _img("11/rung-chuong-vang-2.jpg"),
                "Em Trần Thị Mỹ Duyên nhận giải Nhất hội thi",
                "Em Trần Thị Mỹ Duyên nhận giải Nhất hội thi",
                "i",
            ),
            P(
                "Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba cho các thí sinh xuất sắc và"
                " giải Cổ động viên nhiệt tình cho tập thể lớp 10A6."
            ),
            Raw(
                _right(
                    '<span style="font-style: italic">Nguồn: Fanpage Đoàn trường THPT Lương Thế Vinh</span>'
                )
            ),
        ],
        source="Fanpage Đoàn trường THPT Lương Thế Vinh",
        opts={
            "forum": 4,
            "user": "doantruong",
            "when": datetime(2026, 11, 8, 21, 30),
            "replies": 3,
            "gap": 9.0,
        },
    ),
    Story(
        id=1301,
        slug="trai-nghiem-ganh-da-dia",
        title="[Tin ảnh] Học sinh khối 10 trải nghiệm thực tế tại Gành Đá Đĩa",
        cat="3",
        published_at="2026-11-05T19:40:00+07:00",
        blocks=[
            P(
                "Ngày 04/11, gần 500 học sinh khối 10 đã tham gia chuyến trải nghiệm thực tế tại Khu"
                " di tích quốc gia đặc biệt Gành Đá Đĩa (xã Xuân Cảnh) trong khuôn khổ hoạt động"
                " giáo dục địa phương."
            ),
            Img(
                _img("11/ganh-da-dia-01.jpg"),
                "(Học sinh lớp 10A1 nghe hướng dẫn viên giới thiệu về cấu tạo địa chất của Gành)",
                "Học sinh lớp 10A1 nghe hướng dẫn viên giới thiệu về cấu tạo địa chất của Gành",
                "paren",
            ),
            P(
                "Tại đây, các em được tìm hiểu về quá trình hình thành những khối đá bazan hình"
                " lăng trụ độc đáo, làm bài thu hoạch theo nhóm và thực hiện các video giới thiệu"
                " danh thắng quê hương bằng tiếng Anh."
            ),
            Img(
                _img("11/ganh-da-dia-02.jpg"),
                "(Các nhóm thảo luận, hoàn thành phiếu học tập ngay tại thực địa)",
                "Các nhóm thảo luận, hoàn thành phiếu học tập ngay tại thực địa",
                "paren",
            ),
            Img(_img("11/ganh-da-dia-03.jpg"), None, None, "none"),
            Img(
                _img("11/ganh-da-dia-04.jpg"),
                "(Tập thể lớp 10A4 chụp ảnh lưu niệm)",
                "Tập thể lớp 10A4 chụp ảnh lưu niệm",
                "paren",
            ),
            P(
                "Chuyến đi giúp các em thêm hiểu, thêm yêu thiên nhiên và con người quê hương, đồng"
                " thời rèn luyện kỹ năng làm việc nhóm, ý thức giữ gìn cảnh quan môi trường."
            ),
        ],
        authors=["Phạm Thị Lan Anh"],
        opts={
            "forum": 3,
            "user": "Phạm Thị Lan Anh",
            "when": datetime(2026, 11, 5, 19, 40),
            "replies": 6,
            "gap": 6.0,
        },
    ),
    Story(
        id=1294,
        slug="toa-dam-bao-luc-hoc-duong",
        title="Tọa đàm “Nói không với bạo lực học đường” cho học sinh khối 11",
        cat="3",
        published_at="2026-10-28T14:05:00+07:00",
        blocks=[
            P(
                "Chiều 27/10, Đoàn trường phối hợp với Trung tâm Tư vấn tâm lý tỉnh tổ chức buổi"
                " tọa đàm “Nói không với bạo lực học đường” cho hơn 450 học sinh khối 11."
            ),
            P(
                "Buổi tọa đàm diễn ra sôi nổi với nhiều tình huống thực tế được các em đặt ra: bị"
                " bạn bè trêu chọc trên mạng xã hội, bị cô lập trong lớp, chứng kiến bạn bị đánh"
                " nhưng không dám lên tiếng…"
            ),
            Img(
                _img("10/toa-dam-bao-luc-hoc-duong.jpg"),
                "Chuyên gia tâm lý Đỗ Thị Ngọc Hân trò chuyện cùng học sinh",
                "Chuyên gia tâm lý Đỗ Thị Ngọc Hân trò chuyện cùng học sinh",
                "i",
            ),
            P(
                "Nhắc lại yêu cầu của Bộ Giáo dục và Đào tạo, cô Phó Hiệu trưởng Trần Thị Mỹ Dung"
                " nhấn mạnh:"
            ),
            P(
                "Mỗi nhà trường phải là một môi trường giáo dục an toàn, lành mạnh, thân thiện; mọi"
                " hành vi bạo lực học đường phải được phát hiện sớm và xử lý kịp thời, đúng quy"
                " định.",
                "q|Bộ GD&amp;ĐT",
            ),
            P(
                "Nhà trường đã thành lập tổ tư vấn tâm lý học đường, công bố số điện thoại đường dây"
                " nóng và đặt hộp thư “Điều em muốn nói” tại các dãy phòng học để học sinh chia sẻ"
                " khi cần hỗ trợ."
            ),
            Raw(
                _right(
                    '<span style="font-style: italic">Bài: Hoàng Yến<br />Nguồn: Báo Đắk Lắk</span>'
                )
            ),
        ],
        authors=["Hoàng Yến"],
        source="Báo Đắk Lắk",
        opts={
            "forum": 3,
            "user": "admin",
            "when": datetime(2026, 10, 28, 14, 5),
            "replies": 2,
            "gap": 30.0,
        },
    ),
    Story(
        id=1292,
        slug="chu-nhat-xanh-thang-10",
        title="Đoàn trường ra quân “Ngày Chủ nhật xanh” tháng 10",
        cat="4",
        published_at="2026-10-11T08:05:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, sáng 11/10, hơn"
                " 300 đoàn viên thanh niên của trường đã ra quân dọn vệ sinh, khơi thông cống rãnh"
                " và trồng cây xanh tại khu vực bờ kè sông Đà Rằng."
            ),
            Img(
                _img("10/chu-nhat-xanh-bo-ke.jpg"),
                "Đoàn viên chi đoàn 12A3 thu gom rác thải dọc bờ kè",
                "Đoàn viên chi đoàn 12A3 thu gom rác thải dọc bờ kè",
                "ci",
            ),
            P(
                "Kết thúc buổi ra quân, các chi đoàn đã thu gom gần 2 tấn rác thải, trồng mới 50"
                " cây bàng và cây sao đen. Đoàn trường sẽ duy trì hoạt động này vào Chủ nhật cuối"
                " cùng của mỗi tháng."
            ),
            Raw(_right(_bold("Tin: Võ Thanh Tùng"))),
        ],
        authors=["Võ Thanh Tùng"],
        opts={
            "forum": 4,
            "user": "doantruong",
            "when": datetime(2026, 10, 11, 8, 5),
            "replies": 3,
            "gap": 7.0,
            "moved_from": 3,
        },
    ),
    Story(
        id=1290,
        slug="hoi-nghi-vien-chuc",
        title="Hội nghị cán bộ, viên chức và người lao động năm học 2026 - 2027",
        cat="3",
        published_at="2026-09-16T12:15:00+07:00",
        blocks=[
            P(
                "Sáng 16/9, Trường THPT Lương Thế Vinh tổ chức Hội nghị cán bộ, viên chức và người"
                " lao động năm học 2026 - 2027. Hội nghị đã nghe báo cáo tổng kết năm học cũ,"
                " phương hướng nhiệm vụ năm học mới và thảo luận sửa đổi quy chế chi tiêu nội bộ."
            ),
            P("Một số chỉ tiêu chính năm học 2026 - 2027:", "h"),
            P("Tỷ lệ học sinh lên lớp thẳng đạt từ 97% trở lên.", "li"),
            P("Tỷ lệ tốt nghiệp THPT đạt từ 99,5% trở lên.", "li"),
            P(
                "Có ít nhất 40 giải học sinh giỏi cấp tỉnh; 100% giáo viên đạt chuẩn nghề nghiệp.",
                "li",
            ),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và ký"
                " kết giao ước thi đua giữa các tổ chuyên môn."
            ),
            Raw(_right(_bold("Lê Thị Kim Oanh"))),
        ],
        authors=["Lê Thị Kim Oanh"],
        opts={"forum": 3, "user": "admin", "when": datetime(2026, 9, 16, 12, 15), "replies": 0},
    ),
    Story(
        id=1287,
        slug="le-khai-giang-2026-2027",
        title="Trường THPT Lương Thế Vinh long trọng tổ chức Lễ khai giảng năm học 2026 - 2027",
        cat="3",
        published_at="2026-09-05T10:20:00+07:00",
        summary=(
            "Sáng 05/9/2026, trong không khí tưng bừng của ngày hội đến trường, Trường THPT Lương"
            " Thế Vinh long trọng tổ chức Lễ khai giảng năm học 2026 - 2027 với sự tham dự của"
            " hơn 1.400 học sinh và 86 cán bộ, giáo viên, nhân viên."
        ),
        blocks=[
            P(
                "Sáng 05/9/2026, trong không khí tưng bừng của ngày hội đến trường, Trường THPT"
                " Lương Thế Vinh long trọng tổ chức Lễ khai giảng năm học 2026 - 2027 với sự tham"
                " dự của hơn 1.400 học sinh và 86 cán bộ, giáo viên, nhân viên.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Đảng ủy, UBND phường"
                " Tuy Hòa, Ban đại diện cha mẹ học sinh cùng nhiều cựu học sinh của trường."
            ),
            Img(
                _img("09/khai-giang-2026-hoc-sinh-lop-10.jpg"),
                "Các em học sinh khối 10 lần đầu dự lễ khai giảng dưới mái trường Lương Thế Vinh",
                "Các em học sinh khối 10 lần đầu dự lễ khai giảng dưới mái trường Lương Thế Vinh",
                "ci",
            ),
            P(
                "Năm học 2025 - 2026, nhà trường có 38 học sinh đạt giải học sinh giỏi cấp tỉnh,"
                " tỷ lệ tốt nghiệp THPT đạt 99,7%; nhiều em trúng tuyển vào các trường đại học tốp"
                " đầu cả nước."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Đức Thịnh đề nghị mỗi thầy cô giáo"
                " tiếp tục đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018,"
                " mỗi học sinh rèn luyện tinh thần tự học, sống có trách nhiệm với bản thân, gia"
                " đình và cộng đồng."
            ),
            Img(_img("09/khai-giang-2026-danh-trong.jpg"), None, None, "none"),
            P(
                "Sau phần nghi lễ, thầy Hiệu trưởng đánh hồi trống khai giảng năm học mới. Các chi"
                " đoàn đã mang đến phần văn nghệ đặc sắc với các tiết mục hát, múa và nhảy dân vũ."
            ),
        ],
        opts={
            "forum": 3,
            "user": "thay_hung",
            "when": datetime(2026, 9, 5, 10, 20),
            "replies": 4,
            "gap": 10.0,
        },
    ),
]


# --- topics and posts -----------------------------------------------------------------------


@dataclass
class Topic:
    id: int
    forum: int  # 0: global announcement
    title: str
    user: str
    when: datetime
    content: str = ""  # the first post's markup when the topic is no Story
    story: Story | None = None
    kind: str = "normal"
    replies: int = 0
    gap: float = 3.0
    views: int = 0
    moved_from: int | None = None
    attach: tuple | None = None
    edited: datetime | None = None
    reply_specs: list[tuple[str, str]] = field(default_factory=list)
    locked: bool = False
    posts: list[Post] = field(default_factory=list)

    @property
    def last(self) -> Post:
        return self.posts[-1]

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.posts) // POSTS_PER_PAGE))


@dataclass
class Post:
    id: int
    topic: Topic
    index: int
    user: str
    when: datetime
    subject: str
    markup: str


REPLIES = [
    "Chúc mừng các em! Thầy cô rất tự hào.",
    "Tự hào về trường mình quá ạ!",
    "Hay quá, năm sau em cũng muốn tham gia.",
    "Cảm ơn thầy cô đã đưa tin ạ.",
    'Lớp 11A3 có mặt ạ <img src="./images/smilies/icon_e_smile.gif" alt=":)" title="Cười" />',
    "Em xin phép chia sẻ bài này lên trang của lớp ạ.",
    "Hình đẹp quá, thầy cho em xin file ảnh gốc với ạ.",
    "Cố lên các bạn ơi!!!",
    "Năm nay tổ chức hoành tráng hơn năm ngoái nhiều luôn.",
    "Đọc tin mà nhớ trường quá. Cựu học sinh khóa 2019 - 2022 ghé thăm diễn đàn ^^",
    "Các bạn lớp em được tuyên dương nữa, vui ghê.",
    "Mong nhà trường tổ chức thêm nhiều hoạt động như thế này ạ.",
]
REPLY_USERS = ["hs_minh_tuan", "kimchi_11a2", "lethu_12a1", "nguyen_bao_11a5", "hs_ngoc_anh"]

_RULES = (
    "Để diễn đàn là nơi trao đổi lành mạnh, bổ ích của thầy và trò, mọi thành viên cần thực hiện"
    " các quy định sau:<br /><br /><ul><li>Đăng ký bằng họ tên thật hoặc tên đăng nhập gắn với"
    " lớp học (ví dụ: hs_minh_tuan, kimchi_11a2).</li><li>Viết tiếng Việt có dấu, không viết tắt,"
    " không dùng ngôn ngữ thiếu văn hóa.</li><li>Không đăng nội dung quảng cáo, nội dung trái với"
    " pháp luật và thuần phong mỹ tục.</li><li>Đăng bài đúng chuyên mục; bài viết sai chuyên mục"
    " sẽ bị di chuyển hoặc xóa.</li></ul><br />Thành viên vi phạm lần đầu bị nhắc nhở, tái phạm"
    " sẽ bị khóa tài khoản.<br /><br />" + _right(_bold("Ban Quản trị Diễn đàn"))
)
_GUIDE = (
    'Bước 1: Nhấn vào nút <span style="font-weight: bold">Đăng ký</span> ở góc trên bên phải,'
    " đọc và đồng ý với điều khoản sử dụng.<br />Bước 2: Điền tên đăng nhập, mật khẩu, địa chỉ"
    " email và mã xác nhận.<br />Bước 3: Mở email để kích hoạt tài khoản; học sinh có thể nhờ"
    " giáo viên chủ nhiệm liên hệ Ban Quản trị để được kích hoạt.<br /><br />Sau khi đăng nhập,"
    ' các em có thể gửi bài trong chuyên mục <span style="font-weight: bold">Góc học tập</span>'
    " và trả lời các tin tức của nhà trường."
)


def _doc(number: str, day: str, issuer: str, abstract: str) -> str:
    return (
        f"{_bold('Số ký hiệu:')} {number}<br />{_bold('Ngày ban hành:')} {day}<br />"
        f"{_bold('Cơ quan ban hành:')} {issuer}<br />{_bold('Trích yếu:')} {abstract}"
    )


OTHER_TOPICS: list[Topic] = [
    Topic(8, 0, "Nội quy diễn đàn", "admin", datetime(2012, 9, 4, 9, 15), _RULES,
          kind="global", views=5210, locked=True),
    Topic(9, 2, "Hướng dẫn đăng ký thành viên và gửi bài", "admin", datetime(2012, 9, 4, 9, 40),
          _GUIDE, kind="sticky", views=3187, locked=True),
    Topic(1296, 6, "Công văn số 2415/SGDĐT-GDTrH về việc tổ chức kiểm tra cuối học kỳ I",
          "bqt_thpt", datetime(2026, 10, 30, 8, 10),
          _doc("2415/SGDĐT-GDTrH", "28/10/2026", "Sở Giáo dục và Đào tạo",
               "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027"),
          attach=(301, "2415-SGDDT-GDTrH.pdf", "212.0", 64), views=233),
    Topic(1299, 7, "Chia sẻ đề cương ôn tập Toán 12 học kỳ I", "kimchi_11a2",
          datetime(2026, 11, 2, 20, 30),
          "Mình gõ lại đề cương ôn tập Toán 12 học kỳ I theo hướng dẫn của thầy cô trong tổ, các"
          " bạn tham khảo nha. Có chỗ nào sai thì góp ý giúp mình nhé.<br /><br />Phần 1: Ứng dụng"
          " đạo hàm để khảo sát hàm số.<br />Phần 2: Hàm số mũ, hàm số lôgarit.<br />Phần 3: Khối"
          " đa diện và thể tích.", replies=3, gap=5.0, views=402),
    Topic(1307, 6, "Kế hoạch số 86/KH-THPTLTV tổ chức các hoạt động chào mừng ngày 20/11/2026",
          "bqt_thpt", datetime(2026, 11, 9, 7, 55),
          _doc("86/KH-THPTLTV", "06/11/2026", "Trường THPT Lương Thế Vinh",
               "Kế hoạch tổ chức các hoạt động chào mừng 44 năm Ngày Nhà giáo Việt Nam"),
          attach=(309, "86-KH-THPTLTV.pdf", "168.3", 41), views=158),
    Topic(1312, 7, "Góp ý xây dựng Câu lạc bộ Tiếng Anh của trường", "hs_ngoc_anh",
          datetime(2026, 11, 14, 21, 5),
          "Em là học sinh lớp 10A2, em muốn đề xuất CLB Tiếng Anh có thêm buổi nói chuyện với"
          " người nước ngoài vào cuối tuần. Các anh chị và các bạn thấy sao ạ?", replies=2, gap=12.0,
          views=97),
    Topic(1316, 5, "Cho em hỏi lịch kiểm tra môn Tin học học kỳ I ạ", "hs_minh_tuan",
          datetime(2026, 11, 17, 20, 12),
          "Thầy cô cho em hỏi môn Tin học khối 11 kiểm tra lý thuyết hay thực hành ạ? Em cảm ơn.",
          reply_specs=[("thay_hung", "Khối 11 kiểm tra thực hành trên máy, 45 phút em nhé. Lịch cụ"
                        " thể tổ Tin học sẽ thông báo trên lớp.")], views=76),
    Topic(1319, 6, "Quyết định số 112/QĐ-THPTLTV khen thưởng giáo viên, học sinh đạt thành tích"
          " đợt thi đua chào mừng ngày 20/11", "bqt_thpt", datetime(2026, 11, 21, 14, 30),
          _doc("112/QĐ-THPTLTV", "20/11/2026", "Trường THPT Lương Thế Vinh",
               "Quyết định khen thưởng giáo viên, học sinh đạt thành tích trong đợt thi đua"
               " “Dạy tốt - Học tốt”"),
          attach=(322, "112-QD-THPTLTV.pdf", "96.8", 19), views=88),
]  # fmt: skip


def _story_topic(s: Story) -> Topic:
    o = s.opts
    return Topic(
        s.id, o["forum"], s.title, o["user"], o["when"], story=s, kind=o.get("kind", "normal"),
        replies=o.get("replies", 0), gap=o.get("gap", 3.0), views=120 + (s.id * 37) % 900,
        moved_from=o.get("moved_from"), attach=o.get("attach"), edited=o.get("edited"),
    )  # fmt: skip


TOPICS: dict[int, Topic] = {t.id: t for t in [*map(_story_topic, STORIES), *OTHER_TOPICS]}
POSTS: dict[int, Post] = {}


def _build_posts() -> None:
    pending: list[tuple[datetime, int, int, str, str, str]] = []
    for t in TOPICS.values():
        pending.append((t.when, t.id, 0, t.user, t.title, ""))
        specs = t.reply_specs or [
            (REPLY_USERS[(t.id + i) % len(REPLY_USERS)], REPLIES[(t.id * 3 + i) % len(REPLIES)])
            for i in range(t.replies)
        ]
        for i, (user, markup) in enumerate(specs, start=1):
            when = t.when + timedelta(hours=1.0 + (i - 1) * t.gap, minutes=7 * i)
            pending.append((when, t.id, i, user, "Re: " + t.title, markup))
    for n, (when, tid, index, user, subject, markup) in enumerate(sorted(pending)):
        t = TOPICS[tid]
        post = Post(4100 + n * 3, t, index, user, when, subject, markup)
        t.posts.append(post)
        POSTS[post.id] = post
    for t in TOPICS.values():
        t.posts.sort(key=lambda p: p.index)


_build_posts()
GOLD_TOPICS = [TOPICS[s.id] for s in STORIES]


def category_name(s: Story) -> str:
    return FORUMS[s.opts["forum"]][0]


def article_path(t: Topic) -> str:
    return f"/viewtopic.php?f={t.forum}&t={t.id}"


def forum_topics(f: int) -> list[Topic]:
    """The topics a forum lists below its announcements: stickies, then by last post time."""
    rows = [t for t in TOPICS.values() if (t.forum == f or t.moved_from == f)
            and t.kind in ("normal", "sticky")]  # fmt: skip
    return sorted(
        rows, key=lambda t: (t.kind != "sticky" or t.forum != f, -t.last.when.timestamp())
    )


def forum_announcements(f: int) -> list[Topic]:
    own = sorted((t for t in TOPICS.values() if t.forum == f and t.kind == "announce"),
                 key=lambda t: -t.last.when.timestamp())  # fmt: skip
    return [TOPICS[8], *own]


def neighbour(t: Topic, view: str) -> Topic | None:
    """phpBB 3.0's view=next / view=previous: the topic of the same forum by last post time."""
    if t.forum == 0:
        return None
    same = [o for o in TOPICS.values() if o.forum == t.forum]
    if view == "next":
        newer = [o for o in same if o.last.when > t.last.when]
        return min(newer, key=lambda o: o.last.when) if newer else None
    older = [o for o in same if o.last.when < t.last.when]
    return max(older, key=lambda o: o.last.when) if older else None


def _alt_paths(t: Topic) -> list[str]:
    out = [f"/viewtopic.php?t={t.id}"]
    for post in t.posts[:POSTS_PER_PAGE]:
        out += [f"/viewtopic.php?p={post.id}", f"/viewtopic.php?t={t.id}&p={post.id}",
                f"/viewtopic.php?f={t.forum}&t={t.id}&p={post.id}",
                f"/viewtopic.php?f={t.forum}&p={post.id}"]  # fmt: skip
    if t.pages > 1:
        out.append(f"/viewtopic.php?f={t.forum}&t={t.id}&st=0&sk=t&sd=a")
    if t.moved_from:
        out.append(f"/viewtopic.php?f={t.moved_from}&t={t.id}")
    for other in TOPICS.values():
        for view in ("next", "previous"):
            if other.forum and neighbour(other, view) is t:
                out.append(f"/viewtopic.php?f={other.forum}&t={other.id}&view={view}")
    return out


GOLD: list[dict] = [
    gold_record(t.story, article_path(t), category_name(t.story), alt_paths=_alt_paths(t))
    for t in GOLD_TOPICS
    if t.story is not None
]


@dataclass(frozen=True)
class Album:
    id: int
    name: str
    images: tuple[tuple[int, str], ...]


ALBUMS = [
    Album(1, "Lễ khai giảng năm học 2026 - 2027", (
        (41, "Học sinh khối 10 tiến vào lễ đài"), (42, "Đội nghi lễ Đoàn trường"),
        (43, "Thầy Hiệu trưởng đánh trống khai giảng"), (44, "Tiết mục văn nghệ chào mừng"))),
    Album(2, "Hội thao chào mừng ngày 20/11", (
        (57, "Trận chung kết bóng đá nam"), (58, "Kéo co khối 11"), (59, "Trao giải hội thao"))),
]  # fmt: skip

SOFT_404_TOPIC = 1057


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


NON_ARTICLES: list[str] = [
    "/",
    "/portal.php",
    "/portal.php?np=4",
    "/portal.php?np=8",
    "/portal.php?m=-1",
    "/portal.php?m=1",
    "/index.php",
    f"/index.php?hash={MARK_HASH}&mark=forums",
    "/viewforum.php?f=1",
    "/viewforum.php?f=8",
    *(f"/viewforum.php?f={f}" for f in FORUMS),
    *(
        f"/viewforum.php?f={f}&st=0&sk=t&sd=d&start={n * TOPICS_PER_PAGE}"
        for f in FORUMS
        for n in range(1, _pages(len(forum_topics(f)), TOPICS_PER_PAGE))
    ),
    *(f"/viewtopic.php?f={t.forum or 2}&t={t.id}" for t in OTHER_TOPICS),
    *(f"/viewtopic.php?f={f}&t=8" for f in (3, 4, 5)),
    *(
        f"/viewtopic.php?f={t.forum}&t={t.id}&st=0&sk=t&sd=a&start={POSTS_PER_PAGE}"
        for t in GOLD_TOPICS
        if t.pages > 1
    ),
    *(
        f"/viewtopic.php?f={t.forum}&t={t.id}&start={POSTS_PER_PAGE}"
        for t in GOLD_TOPICS
        if t.pages > 1
    ),
    *(f"/viewtopic.php?f={t.forum}&t={t.id}&view=print" for t in GOLD_TOPICS),
    *(f"/posting.php?mode=reply&f={t.forum}&t={t.id}" for t in GOLD_TOPICS),
    f"/viewtopic.php?f=3&t={SOFT_404_TOPIC}",
    "/viewtopic.php?f=3&t=1322&view=next",
    "/gioithieu.php",
    "/lienhe.php",
    "/faq.php",
    "/search.php",
    "/search.php?search_id=active_topics",
    "/search.php?search_id=unanswered",
    "/viewonline.php",
    "/memberlist.php",
    "/memberlist.php?mode=leaders",
    "/memberlist.php?mode=viewprofile&u=2",
    "/memberlist.php?mode=viewprofile&u=53",
    "/ucp.php?mode=login",
    "/ucp.php?mode=register",
    "/gallery/index.php",
    *(f"/gallery/album.php?album_id={a.id}" for a in ALBUMS),
    *(f"/gallery/image_page.php?album_id={a.id}&image_id={i}" for a in ALBUMS for i, _ in a.images),
]


# --- rendering helpers ----------------------------------------------------------------------


@dataclass
class Ctx:
    """One request's session: the sid its links carry (None when the cookie came back)."""

    sid: str | None
    session: str
    base: str
    cookie: bool


def _link(ctx: Ctx, target: str) -> str:
    frag = ""
    if "#" in target:
        target, frag = target.split("#", 1)
        frag = "#" + frag
    if ctx.sid:
        target += ("&" if "?" in target else "?") + f"sid={ctx.sid}"
    return "./" + target.replace("&", "&amp;") + frag


def _when(w: datetime) -> str:
    hour = w.hour % 12 or 12
    return f"{WD[w.weekday()]} {w:%d/%m/%Y} {hour}:{w:%M} {'am' if w.hour < 12 else 'pm'}"


def _user_link(ctx: Ctx, name: str) -> str:
    u = USERS[name]
    style = f' style="color: #{u.colour};" class="username-coloured"' if u.colour else ""
    return f'<a href="{_link(ctx, f"memberlist.php?mode=viewprofile&u={u.id}")}"{style}>{esc(name)}</a>'


def _t(value: str) -> str:
    return text(value)


def _story_markup(s: Story, base: str) -> str:
    """The first post as phpBB 3.0 renders its BBCode: lines, <br />, spans, [center], [list]."""
    out: list[str] = []
    items: list[P] = []

    def flush() -> None:
        if items:
            tag = '<ol style="list-style-type: decimal">' if items[0].style == "ol" else "<ul>"
            end = "</ol>" if items[0].style == "ol" else "</ul>"
            out.append(tag + "".join(f"<li>{_t(i.text)}</li>" for i in items) + end)
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("li", "ol"):
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            body = _t(b.text)
            if b.style == "lead":
                body = _bold(body)
            elif b.style == "red":
                body = f'<span style="color: #FF0000">{_bold(body)}</span>'
            elif b.style == "h":
                body = _bold(body)
            elif b.style.startswith("q|"):
                body = (
                    f"<blockquote><div><cite>{b.style[2:]} đã viết:</cite>{body}</div></blockquote>"
                )
            elif b.style.startswith("a|"):
                _, target, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                href = f"{base}/{target}".replace("&", "&amp;")
                body = f'{_t(before)}<a href="{href}" class="postlink-local">{_t(phrase)}</a>{_t(after)}'
            if s.opts.get("smiley") and b.text.endswith(s.opts["smiley"]):
                body += (
                    ' <img src="./images/smilies/icon_e_biggrin.gif" alt=":D" title="Rất vui" />'
                )
            out.append(body + "<br /><br />")
        elif isinstance(b, Img):
            tag = f'<img src="{base}{b.src}" alt="Hình ảnh" class="postimage" />'
            line = _t(b.printed or "")
            if b.style == "ci":
                out.append(
                    f'<div style="text-align: center;">{tag}<br /><span style="font-style: italic">{line}</span></div><br />'
                )
            elif b.style == "i":
                out.append(f'{tag}<br /><span style="font-style: italic">{line}</span><br /><br />')
            elif b.style == "paren":
                out.append(f'<div style="text-align: center;">{tag}<br />{line}</div><br />')
            elif b.style == "anh":
                out.append(
                    f'<div style="text-align: center;">{tag}<br /><span style="font-style: italic">{line}</span></div><br />'
                )
            elif b.style == "small":
                out.append(
                    f'<div style="text-align: center;">{tag}<br /><span style="font-size: 85%; line-height: 116%;">'
                    f'<span style="font-style: italic">{line}</span></span></div><br />'
                )
            else:
                out.append(f'<div style="text-align: center;">{tag}</div><br />')
    flush()
    markup = "".join(out)
    while markup.endswith("<br />"):
        markup = markup[: -len("<br />")]
    return markup


def _first_markup(t: Topic, base: str) -> str:
    return _story_markup(t.story, base) if t.story else t.content


def _plain(markup: str) -> str:
    no_tags = re.sub(r"<br />", " ", markup)
    no_tags = re.sub(r"<blockquote>.*?</blockquote>", " ", no_tags)
    return " ".join(re.sub(r"<[^>]+>", " ", no_tags).split())


def _opening(t: Topic, base: str, limit: int = 260) -> str:
    """Board3 Portal's news text: BBCode stripped, cut at the character limit."""
    plain = _plain(_first_markup(t, base))
    if len(plain) <= limit:
        return plain
    return plain[:limit].rsplit(" ", 1)[0] + " ..."


def _pagination(ctx: Ctx, base_target: str, total: int, per: int, start: int) -> str:
    pages = _pages(total, per)
    on = start // per + 1
    if pages == 1:
        return "Trang <strong>1</strong> trên <strong>1</strong>"
    parts = []
    for n in range(1, pages + 1):
        target = base_target if n == 1 else f"{base_target}&start={(n - 1) * per}"
        parts.append(
            f"<strong>{n}</strong>" if n == on else f'<a href="{_link(ctx, target)}">{n}</a>'
        )
    out = (
        '<a href="#" onclick="jumpto(); return false;" title="Nhấp chuột để chuyển tới trang…">'
        f"Trang <strong>{on}</strong> trên <strong>{pages}</strong></a> &bull; <span>"
        + '<span class="page-sep">, </span>'.join(parts)
        + "</span>"
    )
    if on > 1:
        prev = base_target if on == 2 else f"{base_target}&start={(on - 2) * per}"
        out = f'<a href="{_link(ctx, prev)}">Trang trước</a> &bull; ' + out
    if on < pages:
        out += (
            f' &bull; <a href="{_link(ctx, f"{base_target}&start={on * per}")}">Trang kế tiếp</a>'
        )
    return out


# --- page frame -----------------------------------------------------------------------------


def _head(ctx: Ctx, title: str, extra_feeds: list[tuple[str, str]]) -> str:
    feeds = [
        ("Nguồn cấp dữ liệu - " + BOARD, "feed.php"),
        ("Nguồn cấp dữ liệu - Chủ đề mới", "feed.php?mode=topics"),
        *extra_feeds,
    ]
    links = "\n".join(
        f'<link rel="alternate" type="application/atom+xml" title="{esc(t)}" href="{ctx.base}/{h.replace("&", "&amp;")}" />'
        for t, h in feeds
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi" xml:lang="vi">
<head>

<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="content-style-type" content="text/css" />
<meta http-equiv="content-language" content="vi" />
<meta http-equiv="imagetoolbar" content="no" />
<meta name="resource-type" content="document" />
<meta name="distribution" content="global" />
<meta name="keywords" content="THPT Lương Thế Vinh, diễn đàn, học sinh, Đắk Lắk" />
<meta name="description" content="{esc(BOARD_DESC)}" />

<title>{esc(BOARD)} &bull; {title}</title>

{links}

<script type="text/javascript">
// <![CDATA[
	var jump_page = 'Nhập số trang bạn muốn chuyển đến:';
	var on_page = '1';
	var per_page = '';
	var base_url = '';
	var style_cookie = 'phpBBstyle';
	var style_cookie_settings = '; path=/';
	var onload_functions = new Array();
	var onunload_functions = new Array();
// ]]>
</script>
<script type="text/javascript" src="{STYLE}/template/styleswitcher.js"></script>
<script type="text/javascript" src="{STYLE}/template/forum_fn.js"></script>
<link href="{STYLE}/theme/print.css" rel="stylesheet" type="text/css" media="print" title="printonly" />
<link href="./style.php?id=3&amp;lang=vi" rel="stylesheet" type="text/css" media="screen, projection" />
<link href="./portal/style.css" rel="stylesheet" type="text/css" />
</head>
"""


def _school_bar(ctx: Ctx) -> str:
    items = [("Trang chủ", "portal.php"), ("Giới thiệu", "gioithieu.php"),
             ("Tin tức", "viewforum.php?f=3"), ("Đoàn trường", "viewforum.php?f=4"),
             ("Thông báo", "viewforum.php?f=5"), ("Văn bản", "viewforum.php?f=6"),
             ("Thư viện ảnh", "gallery/index.php"), ("Diễn đàn", "index.php"),
             ("Liên hệ", "lienhe.php")]  # fmt: skip
    lis = "".join(f'<li><a href="{_link(ctx, h)}">{label}</a></li>' for label, h in items)
    return (
        f'<div id="school-bar"><ul class="school-menu">{lis}</ul>'
        f'<div class="school-date">{TODAY}</div></div>'
    )


def _page(ctx: Ctx, title: str, body: str, section: str,
          crumbs: list[tuple[str, str]] | None = None, print_target: str | None = None,
          feeds: list[tuple[str, str]] | None = None) -> str:  # fmt: skip
    nav = f'<a href="{_link(ctx, "index.php")}" accesskey="h">Trang chủ diễn đàn</a>'
    for label, target in crumbs or []:
        nav += f' <strong>&#8249;</strong> <a href="{_link(ctx, target)}">{label}</a>'
    tools = ""
    if print_target:
        tools = (
            f'<li class="rightside"><a href="{_link(ctx, print_target)}" title="Xem bản in"'
            ' accesskey="p" class="print">Xem bản in</a></li>'
        )
    search_hidden = f'<input type="hidden" name="sid" value="{ctx.sid}" />' if ctx.sid else ""
    return (
        _head(ctx, title, feeds or [])
        + f"""<body id="phpbb" class="section-{section} ltr">

<div id="wrap">
	<a id="top" name="top" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar">
			<div class="inner"><span class="corners-top"><span></span></span>

			<div id="site-description">
				<a href="{_link(ctx, "portal.php")}" title="Trang chủ" id="logo"><img src="{STYLE}/imageset/site_logo.png" width="120" height="90" alt="" title="" /></a>
				<h1>{esc(BOARD)}</h1>
				<p>{esc(BOARD_DESC)}</p>
				<p class="skiplink"><a href="#start_here">Bỏ qua</a></p>
			</div>

			<div id="search-box">
				<form action="{_link(ctx, "search.php")}" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="text" maxlength="128" title="Tìm kiếm theo từ khóa" class="inputbox search" value="Tìm kiếm…" onclick="if(this.value=='Tìm kiếm…')this.value='';" onblur="if(this.value=='')this.value='Tìm kiếm…';" />
					<input class="button2" value="Tìm kiếm" type="submit" /><br />
					<a href="{_link(ctx, "search.php")}" title="Xem tùy chọn tìm kiếm nâng cao">Tìm kiếm nâng cao</a> {search_hidden}
				</fieldset>
				</form>
			</div>

			<span class="corners-bottom"><span></span></span></div>
		</div>
		{_school_bar(ctx)}
		<div class="navbar">
			<div class="inner"><span class="corners-top"><span></span></span>

			<ul class="linklist navlinks">
				<li class="icon-home">{nav}</li>

				<li class="rightside"><a href="#" onclick="fontsizeup(); return false;" onkeypress="return fontsizeup(event);" class="fontsize" title="Thay đổi cỡ chữ">Thay đổi cỡ chữ</a></li>
				{tools}
			</ul>

			<ul class="linklist rightside">
				<li class="icon-faq"><a href="{_link(ctx, "faq.php")}" title="Những câu hỏi thường gặp">Hỏi đáp</a></li>
				<li class="icon-members"><a href="{_link(ctx, "memberlist.php")}" title="Xem danh sách đầy đủ các thành viên">Thành viên</a></li>
				<li class="icon-register"><a href="{_link(ctx, "ucp.php?mode=register")}">Đăng ký</a></li>
				<li class="icon-logout"><a href="{_link(ctx, "ucp.php?mode=login")}" title="Đăng nhập" accesskey="x">Đăng nhập</a></li>
			</ul>

			<span class="corners-bottom"><span></span></span></div>
		</div>

	</div>

	<a name="start_here"></a>
	<div id="page-body">
{body}
	</div>

<div id="page-footer">

	<div class="navbar">
		<div class="inner"><span class="corners-top"><span></span></span>

		<ul class="linklist">
			<li class="icon-home"><a href="{_link(ctx, "index.php")}" accesskey="h">Trang chủ diễn đàn</a></li>
			<li class="rightside"><a href="{_link(ctx, "memberlist.php?mode=leaders")}">Ban quản trị</a> &bull; <a href="{_link(ctx, "ucp.php?mode=delete_cookies")}">Xóa tất cả cookie của diễn đàn</a> &bull; Múi giờ UTC + 7 giờ </li>
		</ul>

		<span class="corners-bottom"><span></span></span></div>
	</div>

	<div class="school-footer">
		<p><strong>{SCHOOL.upper()}</strong></p>
		<p>Địa chỉ: {ADDRESS}</p>
		<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>
		<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nhà trường</p>
	</div>
	<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Group
		<br />Việt hóa bởi <a href="http://www.phpbbvietnam.com/">phpBBVietNam.com</a> &bull; Portal by <a href="http://www.board3.de/">Board3 Portal</a> &copy; Board3 Group
	</div>
</div>

</div>

<div>
	<a id="bottom" name="bottom" accesskey="z"></a>
	<img src="{_link(ctx, "cron.php?cron_type=tidy_sessions")}" width="1" height="1" alt="cron" />
</div>
</body>
</html>"""
    )


def _panel(title: str, content: str, cls: str = "panel") -> str:
    return (
        f'<div class="{cls}"><div class="inner"><span class="corners-top"><span></span></span>\n'
        f"<h3>{title}</h3>\n{content}\n"
        '<span class="corners-bottom"><span></span></span></div></div>\n'
    )


def _message(ctx: Ctx, text_: str, title: str = "Thông báo", extra: str = "") -> str:
    return _page(ctx, title, (
        '<div class="panel" id="message"><div class="inner"><span class="corners-top"><span></span></span>'
        f"<h2>{title}</h2><p>{text_}</p>{extra}"
        '<span class="corners-bottom"><span></span></span></div></div>'
    ), "index")  # fmt: skip


def _login_box(ctx: Ctx, explain: str, redirect: str) -> str:
    hidden = f'<input type="hidden" name="sid" value="{ctx.sid}" />' if ctx.sid else ""
    body = f"""<form action="{_link(ctx, "ucp.php?mode=login")}" method="post" id="login">
<div class="panel">
	<div class="inner"><span class="corners-top"><span></span></span>
	<div class="content">
		<h2>{explain}</h2>
		<fieldset class="fields1">
		<dl>
			<dt><label for="username">Tên đăng nhập:</label></dt>
			<dd><input type="text" tabindex="1" name="username" id="username" size="25" value="" class="inputbox autowidth" /></dd>
		</dl>
		<dl>
			<dt><label for="password">Mật khẩu:</label></dt>
			<dd><input type="password" tabindex="2" id="password" name="password" size="25" class="inputbox autowidth" /></dd>
			<dd><a href="{_link(ctx, "ucp.php?mode=sendpassword")}">Tôi quên mật khẩu</a></dd>
		</dl>
		<dl>
			<dd><label for="autologin"><input type="checkbox" name="autologin" id="autologin" tabindex="4" /> Tự động đăng nhập mỗi lần truy cập</label></dd>
			<dd><label for="viewonline"><input type="checkbox" name="viewonline" id="viewonline" tabindex="5" /> Ẩn trạng thái trực tuyến của tôi trong phiên này</label></dd>
		</dl>
		<input type="hidden" name="redirect" value="{esc(redirect)}" />
		<dl>
			<dt>&nbsp;</dt>
			<dd>{hidden}<input type="submit" name="login" tabindex="6" value="Đăng nhập" class="button1" /></dd>
		</dl>
		</fieldset>
	</div>
	<span class="corners-bottom"><span></span></span></div>
</div>
<div class="panel">
	<div class="inner"><span class="corners-top"><span></span></span>
	<div class="content">
		<h3>Đăng ký</h3>
		<p>Bạn phải đăng ký để có thể đăng nhập. Việc đăng ký chỉ mất vài giây nhưng sẽ giúp bạn tăng thêm nhiều tính năng. Quản trị viên cũng có thể cấp thêm quyền cho những thành viên đã đăng ký.</p>
		<p><strong><a href="{_link(ctx, "ucp.php?mode=terms")}">Điều khoản sử dụng</a> | <a href="{_link(ctx, "ucp.php?mode=privacy")}">Chính sách bảo mật</a></strong></p>
		<hr class="dashed" />
		<p><a href="{_link(ctx, "ucp.php?mode=register")}" class="button2">Đăng ký</a></p>
	</div>
	<span class="corners-bottom"><span></span></span></div>
</div>
</form>"""
    return _page(ctx, "Đăng nhập", body, "ucp")


# --- portal ---------------------------------------------------------------------------------


def _news_topics() -> list[Topic]:
    rows = [t for t in TOPICS.values() if t.forum in NEWS_FORUMS]
    return sorted(rows, key=lambda t: t.when, reverse=True)


def _portal_item(ctx: Ctx, t: Topic, forum: int) -> str:
    first = t.posts[0]
    return f"""<div class="post bg{1 + t.id % 2}">
	<div class="inner"><span class="corners-top"><span></span></span>
	<div class="postbody portal-news">
		<h3 class="first"><img src="{STYLE}/imageset/icon_topic_read.gif" width="19" height="19" alt="" /> <a href="{_link(ctx, f"viewtopic.php?f={forum}&t={t.id}")}">{_t(t.title)}</a></h3>
		<p class="author"><a href="{_link(ctx, f"viewtopic.php?p={first.id}#p{first.id}")}"><img src="{STYLE}/imageset/icon_post_target.gif" width="11" height="9" alt="Bài viết" title="Bài viết" /></a>bởi <strong>{_user_link(ctx, t.user)}</strong> &raquo; {_when(t.when)}</p>
		<div class="content">{_t(_opening(t, ctx.base))}<br /><br /><a href="{_link(ctx, f"viewtopic.php?f={forum}&t={t.id}")}">[ Đọc tiếp ]</a></div>
		<ul class="portal-news-info">
			<li>Diễn đàn: <a href="{_link(ctx, f"viewforum.php?f={forum}")}">{FORUMS[forum][0] if forum in FORUMS else "Thông báo chung"}</a></li>
			<li>Trả lời: <strong>{len(t.posts) - 1}</strong></li>
			<li>Lượt xem: <strong>{t.views}</strong></li>
			<li><a href="{_link(ctx, f"posting.php?mode=reply&f={forum}&t={t.id}")}">Gửi bài trả lời</a></li>
		</ul>
	</div>
	<span class="corners-bottom"><span></span></span></div>
</div>"""


def _calendar(ctx: Ctx, offset: int) -> str:
    month0 = TODAY_DATE.year * 12 + TODAY_DATE.month - 1 + offset
    year, month = divmod(month0, 12)
    month += 1
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    days = (nxt - first).days
    cells = ["<td>&nbsp;</td>"] * first.weekday()
    for d in range(1, days + 1):
        today = date(year, month, d) == TODAY_DATE
        cells.append(f'<td class="{"today" if today else "day"}">{d}</td>')
    while len(cells) % 7:
        cells.append("<td>&nbsp;</td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    return (
        '<table class="portal-minical" width="100%"><tr><th colspan="7" class="month">'
        f'<a href="{_link(ctx, f"portal.php?m={offset - 1}")}" title="Tháng trước">&laquo;</a> '
        f"{MONTHS[month - 1]} {year} "
        f'<a href="{_link(ctx, f"portal.php?m={offset + 1}")}" title="Tháng sau">&raquo;</a></th></tr>'
        f"<tr>{head}</tr>{rows}</table>"
    )


TODAY_DATE = NOW.date()


def _who_online(ctx: Ctx) -> str:
    return (
        "Tổng cộng có <strong>23</strong> người đang truy cập :: 2 thành viên, 0 ẩn danh và 21 khách"
        " (dựa trên số người đang truy cập trong 5 phút vừa qua)<br />Số người truy cập nhiều nhất"
        f" là <strong>412</strong> vào {_when(datetime(2022, 9, 5, 7, 12))}<br /><br />"
        f"Thành viên: {_user_link(ctx, 'thay_hung')}, {_user_link(ctx, 'kimchi_11a2')}"
    )


def _stats(ctx: Ctx) -> str:
    return (
        "Tổng số bài viết <strong>12345</strong> &bull; Tổng số chủ đề <strong>2345</strong> &bull;"
        " Tổng số thành viên <strong>678</strong> &bull; Thành viên mới nhất"
        f" <strong>{_user_link(ctx, 'hs_ngoc_anh')}</strong>"
    )


def _portal_pager(ctx: Ctx, total: int, np_: int) -> str:
    """Board3 Portal's news pager: ``portal.php?np=<offset>``."""
    pages = _pages(total, NEWS_PER_PAGE)
    on = np_ // NEWS_PER_PAGE + 1

    def target(n: int) -> str:
        return "portal.php" if n == 1 else f"portal.php?np={(n - 1) * NEWS_PER_PAGE}"

    parts = [
        f"<strong>{n}</strong>" if n == on else f'<a href="{_link(ctx, target(n))}">{n}</a>'
        for n in range(1, pages + 1)
    ]
    out = (
        f"Trang <strong>{on}</strong> trên <strong>{pages}</strong> &bull; <span>"
        + ", ".join(parts)
        + "</span>"
    )
    if on > 1:
        out = f'<a href="{_link(ctx, target(on - 1))}">&laquo; Tin mới hơn</a> &bull; ' + out
    if on < pages:
        out += f' &bull; <a href="{_link(ctx, target(on + 1))}">Tin cũ hơn &raquo;</a>'
    return out


def _portal(ctx: Ctx, params: dict[str, str]) -> str:
    news = _news_topics()
    try:
        np_ = max(0, int(params.get("np", "0")))
    except ValueError:
        np_ = 0
    if np_ >= len(news):
        np_ = 0
    try:
        offset = int(params.get("m", "0"))
    except ValueError:
        offset = 0
    page_news = news[np_ : np_ + NEWS_PER_PAGE]
    news_html = "\n".join(_portal_item(ctx, t, t.forum) for t in page_news)
    pagination = _portal_pager(ctx, len(news), np_)
    ann = forum_announcements(5)
    ann_html = "".join(
        f'<li class="row"><a href="{_link(ctx, f"viewtopic.php?f=5&t={t.id}")}" class="topictitle">{_t(t.title)}</a>'
        f"<br />bởi {_user_link(ctx, t.user)} &raquo; {_when(t.when)}"
        f'<div class="portal-announce-text">{_t(_opening(t, ctx.base, 160))}</div></li>'
        for t in ann
    )
    replies = sorted(
        (p for p in POSTS.values() if p.index > 0), key=lambda p: p.when, reverse=True
    )[:6]
    recent = "".join(
        f'<li><a href="{_link(ctx, f"viewtopic.php?p={p.id}#p{p.id}")}">{_t(p.subject)}</a>'
        f" <span>bởi {esc(p.user)}, {_when(p.when)}</span></li>"
        for p in replies
    )
    hidden = f'<input type="hidden" name="sid" value="{ctx.sid}" />' if ctx.sid else ""
    login = (
        f'<form method="post" action="{_link(ctx, "ucp.php?mode=login")}">'
        '<label for="p_username">Tên đăng nhập:</label><br /><input type="text" name="username" id="p_username" size="12" class="inputbox" /><br />'
        '<label for="p_password">Mật khẩu:</label><br /><input type="password" name="password" id="p_password" size="12" class="inputbox" /><br />'
        '<label><input type="checkbox" name="autologin" /> Ghi nhớ</label><br />'
        f'{hidden}<input type="submit" name="login" value="Đăng nhập" class="button2" /></form>'
        f'<a href="{_link(ctx, "ucp.php?mode=register")}">Đăng ký</a> | <a href="{_link(ctx, "ucp.php?mode=sendpassword")}">Quên mật khẩu</a>'
    )
    menu = "".join(f'<li><a href="{_link(ctx, h)}">{label}</a></li>' for label, h in [
        ("Giới thiệu nhà trường", "gioithieu.php"), ("Tin tức - Sự kiện", "viewforum.php?f=3"),
        ("Hoạt động Đoàn", "viewforum.php?f=4"), ("Thông báo", "viewforum.php?f=5"),
        ("Văn bản - Biểu mẫu", "viewforum.php?f=6"), ("Thư viện ảnh", "gallery/index.php"),
        ("Liên hệ", "lienhe.php"), ("Các chủ đề hoạt động", "search.php?search_id=active_topics")])  # fmt: skip
    birthdays = (
        f"Chúc mừng sinh nhật: {_user_link(ctx, 'hs_minh_tuan')} (17), "
        f"{_user_link(ctx, 'nguyen_bao_11a5')} (16)"
    )
    links = (
        '<ul><li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://daklak.edu.vn" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>'
        '<li><a href="https://thisinh.thitotnghiepthpt.edu.vn" target="_blank">Hệ thống thi tốt nghiệp THPT</a></li></ul>'
    )
    counter = (
        '<ul class="bo-dem"><li>Đang truy cập: <strong>23</strong></li><li>Hôm nay: <strong>684</strong></li>'
        "<li>Hôm qua: <strong>1.127</strong></li><li>Tổng lượt truy cập: <strong>2.418.905</strong></li></ul>"
    )
    left = (
        _panel("Đăng nhập", login, "panel bg1 portal-block")
        + _panel("Danh mục", f'<ul class="portal-menu">{menu}</ul>', "panel bg1 portal-block")
        + _panel("Ai đang trực tuyến", _who_online(ctx), "panel bg1 portal-block")
        + _panel("Thống kê", _stats(ctx), "panel bg1 portal-block")
        + _panel("Sinh nhật", birthdays, "panel bg1 portal-block")
    )
    welcome = (
        f"<p>Chào mừng quý thầy cô, các bậc phụ huynh và các em học sinh đến với {esc(BOARD)}."
        " Tin tức, thông báo của nhà trường được đăng tại các chuyên mục bên dưới.</p>"
    )
    centre = (
        _panel("Chào mừng", welcome, "panel bg2 portal-welcome")
        + _panel(
            "Thông báo", f'<ul class="topiclist portal-announcements">{ann_html}</ul>', "panel bg3"
        )
        + f'<div class="portal-news-block"><h2 class="portal-title">Tin tức nhà trường</h2>\n{news_html}\n'
        f'<div class="pagination">{pagination}</div></div>'
        + _panel("Trả lời mới", f'<ul class="portal-recent">{recent}</ul>', "panel bg1")
    )
    right = (
        _panel("Lịch", _calendar(ctx, offset), "panel bg1 portal-block")
        + _panel("Liên kết", links, "panel bg1 portal-block")
        + _panel("Thống kê truy cập", counter, "panel bg1 portal-block")
    )
    body = (
        '<table class="portal-layout" width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
        f'<td class="portal-left" valign="top" style="width: 190px; padding-right: 6px;">{left}</td>'
        f'<td class="portal-center" valign="top">{centre}</td>'
        f'<td class="portal-right" valign="top" style="width: 190px; padding-left: 6px;">{right}</td>'
        "</tr></table>"
    )
    return _page(ctx, "Trang chủ", body, "portal")


# --- index and forums -----------------------------------------------------------------------


def _forum_row(ctx: Ctx, f: int) -> str:
    name, desc, _ = FORUMS[f]
    own = [t for t in TOPICS.values() if t.forum == f]
    posts = sum(len(t.posts) for t in own)
    last = max((t.last for t in own), key=lambda p: p.when)
    return f"""<li class="row">
	<dl class="icon" style="background-image: url({STYLE}/imageset/forum_read.gif); background-repeat: no-repeat;">
		<dt title="Không có bài viết chưa đọc"><a href="{_link(ctx, f"viewforum.php?f={f}")}" class="forumtitle">{name}</a><br />{desc}</dt>
		<dd class="topics">{len(own)} <dfn>Chủ đề</dfn></dd>
		<dd class="posts">{posts} <dfn>Bài viết</dfn></dd>
		<dd class="lastpost"><span><dfn>Bài viết mới nhất</dfn> bởi {_user_link(ctx, last.user)}
			<a href="{_link(ctx, f"viewtopic.php?f={f}&p={last.id}#p{last.id}")}"><img src="{STYLE}/imageset/icon_topic_latest.gif" width="11" height="9" alt="Xem bài viết mới nhất" title="Xem bài viết mới nhất" /></a> <br />{_when(last.when)}</span>
		</dd>
	</dl>
</li>"""


def _forum_block(ctx: Ctx, cat: int) -> str:
    rows = "\n".join(_forum_row(ctx, f) for f, v in FORUMS.items() if v[2] == cat)
    return f"""<div class="forabg">
	<div class="inner"><span class="corners-top"><span></span></span>
	<ul class="topiclist">
		<li class="header">
			<dl class="icon">
				<dt><a href="{_link(ctx, f"viewforum.php?f={cat}")}">{CATEGORIES[cat]}</a></dt>
				<dd class="topics">Chủ đề</dd>
				<dd class="posts">Bài viết</dd>
				<dd class="lastpost"><span>Bài viết mới nhất</span></dd>
			</dl>
		</li>
	</ul>
	<ul class="topiclist forums">
{rows}
	</ul>
	<span class="corners-bottom"><span></span></span></div>
</div>"""


def _index(ctx: Ctx) -> str:
    body = (
        f'<p class="right">Thời gian hiện tại là {_when(NOW)}</p>'
        '<ul class="linklist"><li>'
        f'<a href="{_link(ctx, "search.php?search_id=unanswered")}">Xem các bài viết chưa có trả lời</a> &bull; '
        f'<a href="{_link(ctx, "search.php?search_id=active_topics")}">Xem các chủ đề hoạt động</a></li>'
        f'<li class="rightside"><a href="{_link(ctx, f"index.php?hash={MARK_HASH}&mark=forums")}">Đánh dấu các diễn đàn là đã đọc</a></li></ul>'
        + "".join(_forum_block(ctx, c) for c in CATEGORIES)
        + f'<h3><a href="{_link(ctx, "viewonline.php")}">Ai đang trực tuyến</a></h3><p>{_who_online(ctx)}</p>'
        f"<h3>Sinh nhật</h3><p>Chúc mừng sinh nhật: {_user_link(ctx, 'hs_minh_tuan')} (17)</p>"
        f"<h3>Thống kê</h3><p>{_stats(ctx)}</p>"
    )
    return _page(ctx, "Trang chủ diễn đàn", body, "index")


def _topic_row(ctx: Ctx, t: Topic, f: int, cls: str) -> str:
    link_forum = f if (t.forum == 0 or t.moved_from == f) else t.forum
    icon = "topic_moved.gif" if t.moved_from == f else {
        "global": "announce_read_locked.gif", "announce": "announce_read.gif",
        "sticky": "sticky_read.gif"}.get(t.kind, "topic_read.gif")  # fmt: skip
    title_attr = "Chủ đề đã được di chuyển" if t.moved_from == f else "Không có bài viết chưa đọc"
    mini = ""
    if t.pages > 1:
        pages = ", ".join(
            f'<a href="{_link(ctx, f"viewtopic.php?f={link_forum}&t={t.id}" + (f"&start={n * POSTS_PER_PAGE}" if n else ""))}">{n + 1}</a>'
            for n in range(t.pages)
        )
        mini = f'<strong class="pagination"><span>{pages}</span></strong>'
    last = t.last
    return f"""<li class="row bg{1 + t.id % 2}{cls}">
	<dl class="icon" style="background-image: url({STYLE}/imageset/{icon}); background-repeat: no-repeat;">
		<dt title="{title_attr}">{mini}<a href="{_link(ctx, f"viewtopic.php?f={link_forum}&t={t.id}")}" class="topictitle">{_t(t.title)}</a>
			<br />
			bởi {_user_link(ctx, t.user)} &raquo; {_when(t.when)}
		</dt>
		<dd class="posts">{len(t.posts) - 1} <dfn>Trả lời</dfn></dd>
		<dd class="views">{t.views} <dfn>Xem</dfn></dd>
		<dd class="lastpost"><span><dfn>Bài viết mới nhất </dfn>bởi {_user_link(ctx, last.user)}
			<a href="{_link(ctx, f"viewtopic.php?f={link_forum}&t={t.id}&p={last.id}#p{last.id}")}"><img src="{STYLE}/imageset/icon_topic_latest.gif" width="11" height="9" alt="Xem bài viết mới nhất" title="Xem bài viết mới nhất" /></a> <br />{_when(last.when)}</span>
		</dd>
	</dl>
</li>"""


def _topic_list(ctx: Ctx, header: str, rows: str, cls: str) -> str:
    return f"""<div class="forumbg{cls}">
	<div class="inner"><span class="corners-top"><span></span></span>
	<ul class="topiclist">
		<li class="header">
			<dl class="icon">
				<dt>{header}</dt>
				<dd class="posts">Trả lời</dd>
				<dd class="views">Xem</dd>
				<dd class="lastpost"><span>Bài viết mới nhất</span></dd>
			</dl>
		</li>
	</ul>
	<ul class="topiclist topics">
{rows}
	</ul>
	<span class="corners-bottom"><span></span></span></div>
</div>"""


def _sort_form(ctx: Ctx, action: str, what: str, default_sd: str) -> str:
    days = "".join(f'<option value="{v}"{SELECTED if v == 0 else ""}>{label}</option>'
                   for v, label in [(0, f"Tất cả {what}"), (1, "1 ngày"), (7, "7 ngày"), (14, "2 tuần"),
                                    (30, "1 tháng"), (90, "3 tháng"), (180, "6 tháng"), (365, "1 năm")])  # fmt: skip
    keys = '<option value="a">Tác giả</option><option value="t" selected="selected">Thời gian gửi bài</option><option value="s">Tiêu đề</option>'
    dirs = "".join(f'<option value="{v}"{SELECTED if v == default_sd else ""}>{label}</option>'
                   for v, label in [("a", "Tăng dần"), ("d", "Giảm dần")])  # fmt: skip
    hidden = f'<input type="hidden" name="sid" value="{ctx.sid}" />' if ctx.sid else ""
    fields = "".join(
        f'<input type="hidden" name="{k}" value="{v}" />'
        for k, v in parse_qs(action.split("?", 1)[1]).items()
        for v in v
    )
    return (
        f'<form method="get" action="./{action.split("?")[0]}"><fieldset class="display-options">'
        f'<label>Hiển thị {what} từ: <select name="st" id="st">{days}</select></label> '
        f'<label>Sắp xếp theo <select name="sk" id="sk">{keys}</select></label> '
        f'<label><select name="sd" id="sd">{dirs}</select> <input type="submit" name="sort" value="Đi" class="button2" /></label>'
        f"{fields}{hidden}</fieldset></form>"
    )


def _jumpbox(ctx: Ctx, current: int) -> str:
    opts = "".join(
        f'<option value="{f}"{SELECTED if f == current else ""}>&nbsp; &nbsp;{v[0]}</option>'
        for f, v in FORUMS.items()
    )
    hidden = f'<input type="hidden" name="sid" value="{ctx.sid}" />' if ctx.sid else ""
    return (
        f'<form method="post" id="jumpbox" action="{_link(ctx, "viewforum.php")}" onsubmit="if(this.f.value == -1){{return false;}}">'
        '<fieldset class="jumpbox"><label for="f" accesskey="j">Chuyển đến:</label> '
        f'<select name="f" id="f" onchange="if(this.options[this.selectedIndex].value != -1){{ document.forms[\'jumpbox\'].submit() }}">'
        f'<option value="-1">Chọn diễn đàn</option><option value="-1">------------------</option>{opts}</select>'
        f'{hidden}<input type="submit" value="Đi" class="button2" /></fieldset></form>'
    )


def _crumbs(f: int) -> list[tuple[str, str]]:
    if f in CATEGORIES:
        return [(CATEGORIES[f], f"viewforum.php?f={f}")]
    cat = FORUMS[f][2]
    return [(CATEGORIES[cat], f"viewforum.php?f={cat}"), (FORUMS[f][0], f"viewforum.php?f={f}")]


def _viewforum(ctx: Ctx, params: dict[str, str]) -> Response | str:
    try:
        f = int(params.get("f", "0"))
    except ValueError:
        f = 0
    if f in CATEGORIES:
        body = (
            f'<h2><a href="{_link(ctx, f"viewforum.php?f={f}")}">{CATEGORIES[f]}</a></h2>'
            + _forum_block(ctx, f)
        )
        return _page(ctx, f"Xem chuyên mục - {CATEGORIES[f]}", body, "viewforum", _crumbs(f))
    if f not in FORUMS:
        return _message(ctx, "Diễn đàn được yêu cầu không tồn tại.")
    if params.get("mark") == "topics":
        return _message(ctx, "Các chủ đề đã được đánh dấu là đã đọc.",
                        extra=f'<p><a href="{_link(ctx, f"viewforum.php?f={f}")}">Quay lại diễn đàn trước</a></p>')  # fmt: skip
    rows = forum_topics(f)
    try:
        st = int(params.get("st", "0"))
    except ValueError:
        st = 0
    if st > 0:
        rows = [t for t in rows if t.last.when >= NOW - timedelta(days=st)]
    if params.get("sd") == "a":
        rows = list(reversed(rows))
    try:
        start = max(0, int(params.get("start", "0")))
    except ValueError:
        start = 0
    if start >= len(rows):
        start = max(0, (len(rows) - 1) // TOPICS_PER_PAGE * TOPICS_PER_PAGE)
    name = FORUMS[f][0]
    st_, sk, sd = params.get("st", "0"), params.get("sk", "t"), params.get("sd", "d")
    base_target = f"viewforum.php?f={f}&st={st_}&sk={sk}&sd={sd}"
    pager = _pagination(ctx, base_target, len(rows), TOPICS_PER_PAGE, start)
    actions = (
        '<div class="topic-actions"><div class="buttons"><div class="post-icon" title="Gửi chủ đề mới">'
        f'<a href="{_link(ctx, f"posting.php?mode=post&f={f}")}"><span></span>Gửi chủ đề mới</a></div></div>'
        f'<div class="search-box"><form method="get" id="forum-search" action="{_link(ctx, "search.php")}"><fieldset>'
        '<input class="inputbox search tiny" type="text" name="keywords" id="search_keywords" size="20" value="Tìm trong diễn đàn này…" />'
        f'<input class="button2" type="submit" value="Tìm kiếm" /><input type="hidden" name="fid[0]" value="{f}" /></fieldset></form></div>'
        f'<div class="pagination"><a href="{_link(ctx, f"viewforum.php?f={f}&hash={MARK_HASH}&mark=topics")}" accesskey="m">Đánh dấu các chủ đề là đã đọc</a>'
        f" &bull; {len(rows)} chủ đề &bull; {pager}</div></div>"
    )
    ann = "\n".join(_topic_row(ctx, t, f, " global-announce" if t.kind == "global" else " announce")
                    for t in forum_announcements(f))  # fmt: skip
    topics = (
        "\n".join(
            _topic_row(ctx, t, f, " sticky" if t.kind == "sticky" else "")
            for t in rows[start : start + TOPICS_PER_PAGE]
        )
        or '<li class="row bg1"><strong>Không có chủ đề hoặc bài viết nào trong diễn đàn này.</strong></li>'
    )
    body = (
        f'<h2><a href="{_link(ctx, f"viewforum.php?f={f}")}">{name}</a></h2>\n'
        f'<div><div style="display: none !important;">{FORUMS[f][1]}<br /></div></div>\n'
        + actions
        + _topic_list(ctx, "Thông báo", ann, " announcement")
        + _topic_list(ctx, "Chủ đề", topics, "")
        + _sort_form(ctx, f"viewforum.php?f={f}", "chủ đề", "d")
        + "<hr />"
        + actions
        + f'<p></p><p><a href="{_link(ctx, "index.php")}" class="left-box left" accesskey="r">Quay về Trang chủ diễn đàn</a></p>'
        + _jumpbox(ctx, f)
        + "<h3>Ai đang xem chủ đề này</h3><p>Thành viên đang xem diễn đàn này: Không có thành viên nào và 1 khách</p>"
        "<h3>Quyền hạn các chuyên mục</h3><p>Bạn <strong>không thể</strong> gửi chủ đề mới trong diễn đàn này<br />"
        "Bạn <strong>không thể</strong> trả lời bài viết trong diễn đàn này<br />Bạn <strong>không thể</strong>"
        " sửa những bài viết của mình trong diễn đàn này<br />Bạn <strong>không thể</strong> xóa những bài"
        " viết của mình trong diễn đàn này<br />Bạn <strong>không thể</strong> gửi tập tin đính kèm trong diễn đàn này</p>"
    )
    feeds = [(f"Nguồn cấp dữ liệu - Diễn đàn - {name}", f"feed.php?f={f}")]
    return _page(ctx, f"Xem diễn đàn - {name}", body, "viewforum", _crumbs(f), feeds=feeds)


# --- topics ---------------------------------------------------------------------------------


def _profile(ctx: Ctx, user: str, pid: int) -> str:
    u = USERS[user]
    avatar = ""
    if u.id < 400:
        avatar = (
            f'<a href="{_link(ctx, f"memberlist.php?mode=viewprofile&u={u.id}")}"><img src="./download/file.php?avatar={u.id}_{1300000000 + u.id * 977}.jpg"'
            ' width="90" height="90" alt="Hình đại diện của thành viên" /></a><br />'
        )
    rank_img = (
        f'<br /><img src="./images/ranks/{"admin" if u.id == 2 else "mod"}.gif" alt="{u.rank}" title="{u.rank}" />'
        if u.id < 60
        else ""
    )
    place = f"<dd><strong>Đến từ:</strong> {esc(u.place)}</dd>" if u.place else ""
    return (
        f'<dl class="postprofile" id="profile{pid}"><dt>{avatar}{_user_link(ctx, user)}</dt>'
        f"<dd>{u.rank}{rank_img}</dd><dd>&nbsp;</dd>"
        f"<dd><strong>Bài viết:</strong> {u.posts}</dd>"
        f"<dd><strong>Ngày tham gia:</strong> {_when(u.joined)}</dd>{place}</dl>"
    )


def _post(ctx: Ctx, post: Post, f: int, alt: bool) -> str:
    t = post.topic
    first = post.index == 0
    markup = _first_markup(t, ctx.base) if first else post.markup
    extra = ""
    if first and t.attach:
        aid, fname, size, downloads = t.attach
        extra += (
            '<dl class="attachbox"><dt>Tập tin đính kèm:</dt><dd><dl class="file"><dt>'
            f'<img src="{STYLE}/imageset/icon_topic_attach.gif" width="7" height="10" alt="" title="" /> '
            f'<a class="postlink" href="{_link(ctx, f"download/file.php?id={aid}")}">{fname}</a></dt>'
            f"<dd>({size} KiB) Đã tải về {downloads} lần</dd></dl></dd></dl>"
        )
    if first and t.edited:
        extra += f'<div class="notice">Sửa lần cuối bởi {_user_link(ctx, t.user)} vào ngày {_when(t.edited)} với 1 lần sửa.</div>'
    u = USERS[post.user]
    sig = f'<div id="sig{post.id}" class="signature">{u.sig}</div>' if u.sig else ""
    return f"""	<div id="p{post.id}" class="post bg{2 if alt else 1}">
		<div class="inner"><span class="corners-top"><span></span></span>

		<div class="postbody">
			<ul class="profile-icons">
				<li class="quote-icon"><a href="{_link(ctx, f"posting.php?mode=quote&f={f}&p={post.id}")}" title="Trả lời kèm trích dẫn"><span>Trả lời kèm trích dẫn</span></a></li>
			</ul>

			<h3{' class="first"' if first else ""}><a href="#p{post.id}">{_t(post.subject)}</a></h3>
			<p class="author"><a href="{_link(ctx, f"viewtopic.php?p={post.id}#p{post.id}")}"><img src="{STYLE}/imageset/icon_post_target.gif" width="11" height="9" alt="Bài viết" title="Bài viết" /></a>bởi <strong>{_user_link(ctx, post.user)}</strong> &raquo; {_when(post.when)} </p>

			<div class="content">{markup}</div>
			{extra}
			{sig}
		</div>

		{_profile(ctx, post.user, post.id)}

		<div class="back2top"><a href="#wrap" class="top" title="Lên đầu trang">Lên đầu trang</a></div>

		<span class="corners-bottom"><span></span></span></div>
	</div>

	<hr class="divider" />
"""


def _ordered_posts(t: Topic, params: dict[str, str]) -> list[Post]:
    posts = list(t.posts)
    try:
        st = int(params.get("st", "0"))
    except ValueError:
        st = 0
    if st > 0:
        posts = [p for p in posts if p.when >= NOW - timedelta(days=st)]
    if params.get("sk") == "a":
        posts.sort(key=lambda p: (p.user, p.index))
    elif params.get("sk") == "s":
        posts.sort(key=lambda p: (p.subject, p.index))
    if params.get("sd") == "d":
        posts.reverse()
    return posts


def _viewtopic(ctx: Ctx, params: dict[str, str]) -> str:
    def num(key: str) -> int | None:
        try:
            return int(params[key]) if key in params else None
        except ValueError:
            return None

    t = None
    start = num("start") or 0
    pid, tid = num("p"), num("t")
    if tid is not None:
        t = TOPICS.get(tid)
    elif pid is not None:
        post = POSTS.get(pid)
        if post is None:
            return _message(ctx, "Bài viết được yêu cầu không tồn tại.")
        t = post.topic
    if t is None:
        return _message(ctx, "Chủ đề được yêu cầu không tồn tại.")
    f_param = num("f")
    view = params.get("view", "")
    if view in ("next", "previous"):
        other = neighbour(t, view)
        if other is None:
            word = "mới hơn" if view == "next" else "cũ hơn"
            return _message(ctx, f"Không có chủ đề {word} trong diễn đàn này.")
        t, start, pid = other, 0, None
    f = t.forum or (f_param if f_param in FORUMS else 2)
    posts = _ordered_posts(t, params)
    if pid is not None:
        index = next((i for i, p in enumerate(posts) if p.id == pid), None)
        if index is not None:
            start = index // POSTS_PER_PAGE * POSTS_PER_PAGE
    if start < 0 or start >= len(posts):
        start = 0 if start < 0 else max(0, (len(posts) - 1) // POSTS_PER_PAGE * POSTS_PER_PAGE)
    if view == "print":
        return _print(ctx, t, posts, start)
    shown = posts[start : start + POSTS_PER_PAGE]
    st, sk, sd = params.get("st", "0"), params.get("sk", "t"), params.get("sd", "a")
    pager = _pagination(
        ctx,
        f"viewtopic.php?f={f}&t={t.id}&st={st}&sk={sk}&sd={sd}",
        len(posts),
        POSTS_PER_PAGE,
        start,
    )
    reply = (
        ""
        if t.locked
        else (
            f'<div class="reply-icon"><a href="{_link(ctx, f"posting.php?mode=reply&f={f}&t={t.id}")}" title="Gửi bài trả lời"><span></span>Gửi bài trả lời</a></div>'
        )
    )
    locked = (
        f'<div class="locked-icon"><a href="{_link(ctx, f"posting.php?mode=reply&f={f}&t={t.id}")}" title="Chủ đề này đã bị khóa, bạn không thể sửa bài viết hoặc gửi bài trả lời"><span></span>Chủ đề đã khóa</a></div>'
        if t.locked else ""
    )  # fmt: skip
    actions = (
        f'<div class="topic-actions"><div class="buttons">{reply}{locked}</div>'
        f'<div class="search-box"><form method="get" id="topic-search" action="{_link(ctx, "search.php")}"><fieldset>'
        '<input class="inputbox search tiny" type="text" name="keywords" id="search_keywords" size="20" value="Tìm trong chủ đề này…" />'
        f'<input class="button2" type="submit" value="Tìm kiếm" /><input type="hidden" name="t" value="{t.id}" />'
        '<input type="hidden" name="sf" value="msgonly" /></fieldset></form></div>'
        f'<div class="pagination">{len(posts)} bài viết &bull; {pager}</div></div><div class="clear"></div>'
    )
    rows = "".join(_post(ctx, p, f, i % 2 == 0) for i, p in enumerate(shown))
    tools = (
        '<ul class="linklist">'
        f'<li class="icon-email"><a href="{_link(ctx, f"memberlist.php?mode=email&t={t.id}")}" title="Gửi chủ đề qua email">Gửi chủ đề qua email</a></li>'
        f'<li><a href="{ctx.base}/feed.php?f={f}&amp;t={t.id}" title="Nguồn cấp dữ liệu - Chủ đề">Nguồn cấp dữ liệu của chủ đề</a></li>'
        "</ul>"
    )
    topic_nav = (
        '<p class="topic-nav">'
        f'<a href="{_link(ctx, f"viewtopic.php?f={f}&t={t.id}&view=previous")}">&laquo; Chủ đề trước</a> &bull; '
        f'<a href="{_link(ctx, f"viewtopic.php?f={f}&t={t.id}&view=next")}">Chủ đề tiếp theo &raquo;</a></p>'
    )
    title = _t(t.title)
    body = (
        f'<h2><a href="{_link(ctx, f"viewtopic.php?f={f}&t={t.id}")}">{title}</a></h2>\n'
        f'<div style="display: none !important;">{FORUMS[f][1]}<br /></div>\n'
        + actions
        + rows
        + _sort_form(ctx, f"viewtopic.php?f={f}&t={t.id}", "bài viết", "a")
        + "<hr />"
        + actions
        + tools
        + f'<p></p><p><a href="{_link(ctx, f"viewforum.php?f={f}")}" class="left-box left" accesskey="r">Quay về {FORUMS[f][0]}</a></p>'
        + topic_nav
        + _jumpbox(ctx, f)
        + "<h3>Ai đang xem chủ đề này</h3><p>Thành viên đang xem chủ đề này: Không có thành viên nào và 2 khách</p>"
    )
    feeds = [(f"Nguồn cấp dữ liệu - Diễn đàn - {FORUMS[f][0]}", f"feed.php?f={f}"),
             (f"Nguồn cấp dữ liệu - Chủ đề - {t.title}", f"feed.php?f={f}&t={t.id}")]  # fmt: skip
    return _page(ctx, f"Xem chủ đề - {title}", body, "viewtopic", _crumbs(f),
                 print_target=f"viewtopic.php?f={f}&t={t.id}&view=print" + (f"&start={start}" if start else ""),
                 feeds=feeds)  # fmt: skip


def _print(ctx: Ctx, t: Topic, posts: list[Post], start: int) -> str:
    f = t.forum or 2
    url = f"{ctx.base}/viewtopic.php?f={f}&amp;t={t.id}"
    pages = _pages(len(posts), POSTS_PER_PAGE)
    on = start // POSTS_PER_PAGE + 1
    items = "".join(
        f'<div class="post"><h3>{_t(p.subject)}</h3><div class="date">Gửi: <strong>{_when(p.when)}</strong></div>'
        f'<div class="author">bởi <strong>{esc(p.user)}</strong></div>'
        f'<div class="content">{_first_markup(t, ctx.base) if p.index == 0 else p.markup}</div></div><hr />'
        for p in posts[start : start + POSTS_PER_PAGE]
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta name="robots" content="noindex" />
<title>{esc(BOARD)} &bull; Xem chủ đề - {_t(t.title)}</title>
<link href="{STYLE}/theme/print.css" rel="stylesheet" type="text/css" />
</head>
<body id="phpbb">
<div id="wrap">
	<a id="top" name="top" accesskey="t"></a>
	<div id="page-header">
		<h1>{esc(BOARD)}</h1>
		<p>{esc(BOARD_DESC)}<br /><a href="{ctx.base}/index.php">{ctx.base}/index.php</a></p>
		<h2>{_t(t.title)}</h2>
		<p><a href="{url}">{url}</a></p>
	</div>
	<div id="page-body">
		<div class="page-number">Trang <strong>{on}</strong> trên <strong>{pages}</strong></div>
		{items}
	</div>
	<div id="page-footer">
		<div class="page-number">Thời gian được tính theo giờ UTC + 7 giờ<br />Trang <strong>{on}</strong> trên <strong>{pages}</strong></div>
		<div class="copyright">Powered by phpBB&reg; Forum Software &copy; phpBB Group<br />http://www.phpbb.com/</div>
	</div>
</div>
</body>
</html>"""


# --- feeds, search, members, static pages ---------------------------------------------------


def _feed(ctx: Ctx, params: dict[str, str]) -> str:
    base = ctx.base
    posts = sorted(POSTS.values(), key=lambda p: p.when, reverse=True)
    title = BOARD
    if params.get("mode") == "topics":
        chosen = [t.posts[0] for t in sorted(TOPICS.values(), key=lambda t: t.when, reverse=True)][
            :15
        ]
        title += " - Chủ đề mới"
    elif "t" in params and params["t"].isdigit() and int(params["t"]) in TOPICS:
        chosen = list(reversed(TOPICS[int(params["t"])].posts))[:15]
        title += " - " + TOPICS[int(params["t"])].title
    elif "f" in params and params["f"].isdigit() and int(params["f"]) in FORUMS:
        f = int(params["f"])
        chosen = [p for p in posts if p.topic.forum == f][:15]
        title += " - " + FORUMS[f][0]
    else:
        chosen = posts[:15]
    entries = []
    for p in chosen:
        t = p.topic
        link = f"{base}/viewtopic.php?t={t.id}" + (
            "" if params.get("mode") == "topics" else f"&amp;p={p.id}#p{p.id}"
        )
        forum = FORUMS[t.forum][0] if t.forum else "Thông báo chung"
        content = _first_markup(t, base) if p.index == 0 else p.markup
        entries.append(
            f"<entry>\n<author><name><![CDATA[{p.user}]]></name></author>\n"
            f"<updated>{p.when:%Y-%m-%dT%H:%M:%S}+07:00</updated>\n<id>{link}</id>\n"
            f'<link href="{link}"/>\n<title type="html"><![CDATA[{forum} &bull; {p.subject}]]></title>\n'
            f'<category term="{esc(forum)}" scheme="{base}/viewforum.php?f={t.forum or 2}" label="{esc(forum)}"/>\n'
            f'<content type="html" xml:base="{link}"><![CDATA[\n{content}<p>Thống kê: Gửi bởi {esc(p.user)}'
            f" — {_when(p.when)}</p><hr />\n]]></content>\n</entry>"
        )
    updated = chosen[0].when if chosen else NOW
    self_link = f"{base}/feed.php" + (
        "?" + "&amp;".join(f"{k}={v}" for k, v in params.items() if k != "sid") if params else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n'
        f'<link rel="self" type="application/atom+xml" href="{self_link}" />\n\n'
        f"<title>{esc(title)}</title>\n<subtitle>{esc(BOARD_DESC)}</subtitle>\n"
        f'<link href="{base}/index.php" />\n<updated>{updated:%Y-%m-%dT%H:%M:%S}+07:00</updated>\n\n'
        f"<author><name><![CDATA[{BOARD}]]></name></author>\n<id>{self_link}</id>\n"
        + "\n".join(entries)
        + "\n</feed>"
    )


def _results(ctx: Ctx, heading: str, topics: list[Topic]) -> str:
    rows = "\n".join(_topic_row(ctx, t, t.forum or 2, "") for t in topics) or (
        '<li class="row bg1">Không tìm thấy kết quả nào phù hợp.</li>'
    )
    body = (
        f"<h2>{heading}</h2><p>Tìm thấy {len(topics)} kết quả</p>"
        + _topic_list(ctx, "Chủ đề", rows, "")
        + f'<p><a href="{_link(ctx, "search.php")}" class="left-box left">Quay về Tìm kiếm nâng cao</a></p>'
    )
    return _page(ctx, "Tìm kiếm", body, "search")


def _search(ctx: Ctx, params: dict[str, str]) -> str:
    sid = params.get("search_id", "")
    if sid == "active_topics":
        recent = [
            t
            for t in TOPICS.values()
            if t.last.when >= NOW - timedelta(days=7) and t.kind != "global"
        ]
        return _results(
            ctx, "Các chủ đề hoạt động", sorted(recent, key=lambda t: t.last.when, reverse=True)
        )
    if sid == "unanswered":
        lonely = [t for t in TOPICS.values() if len(t.posts) == 1]
        return _results(
            ctx,
            "Các bài viết chưa có trả lời",
            sorted(lonely, key=lambda t: t.last.when, reverse=True),
        )
    if sid in ("newposts", "egosearch"):
        return _login_box(
            ctx, "Bạn cần đăng nhập để xem những bài viết mới.", f"./search.php?search_id={sid}"
        )
    if "author_id" in params and params["author_id"].isdigit():
        uid = int(params["author_id"])
        mine = sorted(
            (p for p in POSTS.values() if USERS[p.user].id == uid),
            key=lambda p: p.when,
            reverse=True,
        )[:10]
        rows = "".join(
            f'<div class="search post bg{1 + i % 2}"><div class="inner"><div class="postbody"><h3>'
            f'<a href="{_link(ctx, f"viewtopic.php?f={p.topic.forum or 2}&t={p.topic.id}&p={p.id}#p{p.id}")}">{_t(p.subject)}</a></h3>'
            f'<div class="content">{_t(_plain(_first_markup(p.topic, ctx.base) if p.index == 0 else p.markup)[:180])} …</div></div>'
            f'<dl class="postprofile"><dt class="author">bởi {_user_link(ctx, p.user)}</dt><dd>{_when(p.when)}</dd></dl></div></div>'
            for i, p in enumerate(mine)
        )
        return _page(ctx, "Tìm kiếm", f"<h2>Kết quả tìm kiếm</h2>{rows}", "search")
    if params.get("keywords", "").strip() and params.get("keywords") != "Tìm kiếm…":
        words = params["keywords"].lower().split()
        hits = [t for t in TOPICS.values() if all(w in t.title.lower() for w in words)]
        return _results(ctx, f"Tìm kiếm với từ khóa: {esc(params['keywords'])}", hits)
    hidden = f'<input type="hidden" name="sid" value="{ctx.sid}" />' if ctx.sid else ""
    form = (
        f'<h2>Tìm kiếm</h2><form method="get" action="{_link(ctx, "search.php")}" id="search"><div class="panel"><fieldset>'
        '<dl><dt><label for="keywords">Tìm theo từ khóa:</label></dt><dd><input type="text" class="inputbox" name="keywords" id="keywords" size="40" /></dd></dl>'
        '<dl><dt><label for="author">Tìm theo tác giả:</label></dt><dd><input type="text" class="inputbox" name="author" id="author" size="40" /></dd></dl>'
        f'</fieldset>{hidden}<input type="submit" name="submit" value="Tìm kiếm" class="button1" /></div></form>'
    )
    return _page(ctx, "Tìm kiếm", form, "search")


def _profile_page(ctx: Ctx, u: User) -> str:
    body = (
        f'<h2>Xem hồ sơ - {esc(u.name)}</h2><div class="panel bg1"><div class="inner"><dl class="left-box details">'
        f"<dt>Tên thành viên:</dt><dd><span>{esc(u.name)}</span></dd><dt>Cấp bậc:</dt><dd>{u.rank}</dd>"
        + (f"<dt>Đến từ:</dt><dd>{esc(u.place)}</dd>" if u.place else "")
        + f"<dt>Ngày tham gia:</dt><dd>{_when(u.joined)}</dd><dt>Tổng số bài viết:</dt><dd>{u.posts}"
        f' | <a href="{_link(ctx, f"search.php?author_id={u.id}&sr=posts")}">Tìm tất cả bài viết của thành viên này</a></dd>'
        "</dl></div></div>"
        + (
            f'<div class="panel bg2"><h3>Chữ ký</h3><div class="signature">{u.sig}</div></div>'
            if u.sig
            else ""
        )
    )
    return _page(ctx, f"Xem hồ sơ - {esc(u.name)}", body, "memberlist")


def _memberlist(ctx: Ctx, params: dict[str, str]) -> str:
    mode = params.get("mode", "")
    if mode == "viewprofile":
        uid = params.get("u", "")
        user = next((u for u in USERS.values() if str(u.id) == uid), None)
        if user is None:
            return _message(ctx, "Thành viên được yêu cầu không tồn tại.")
        return _profile_page(ctx, user)
    if mode == "leaders":
        rows = "".join(
            f"<tr><td>{_user_link(ctx, u.name)}</td><td>{u.rank}</td></tr>"
            for u in USERS.values() if u.id < 70
        )  # fmt: skip
        body = f'<h2>Ban quản trị</h2><table class="table1"><thead><tr><th>Tên thành viên</th><th>Cấp bậc</th></tr></thead><tbody>{rows}</tbody></table>'
        return _page(ctx, "Ban quản trị", body, "memberlist")
    if mode == "email":
        return _login_box(
            ctx, "Bạn cần đăng nhập để gửi chủ đề qua email.", "./memberlist.php?mode=email"
        )
    return _login_box(
        ctx, "Bạn phải đăng ký và đăng nhập để xem danh sách thành viên.", "./memberlist.php"
    )


def _ucp(ctx: Ctx, params: dict[str, str]) -> str:
    mode = params.get("mode", "login")
    if mode == "register":
        body = (
            "<h2>"
            + esc(BOARD)
            + ' - Điều khoản đăng ký</h2><div class="panel"><div class="inner"><div class="content">'
            "<p>Khi truy cập diễn đàn, bạn đồng ý tuân thủ nội quy của diễn đàn và các quy định của pháp luật"
            " về cung cấp, sử dụng thông tin trên mạng. Học sinh đăng ký bằng họ tên thật hoặc tên gắn với lớp học.</p>"
            f'</div></div></div><form method="post" action="{_link(ctx, "ucp.php?mode=register")}"><fieldset class="submit-buttons">'
            '<input type="submit" name="agreed" value="Tôi đồng ý với những điều khoản này" class="button1" /> '
            '<input type="submit" name="not_agreed" value="Tôi không đồng ý với những điều khoản này" class="button2" />'
            "</fieldset></form>"
        )
        return _page(ctx, "Đăng ký", body, "ucp")
    if mode in ("terms", "privacy"):
        heading = "Điều khoản sử dụng" if mode == "terms" else "Chính sách bảo mật"
        return _page(
            ctx,
            heading,
            f"<h2>{heading}</h2><p>Thông tin của thành viên chỉ dùng cho hoạt động của diễn đàn.</p>",
            "ucp",
        )
    if mode == "delete_cookies":
        return _message(ctx, "Tất cả cookie của diễn đàn đã được xóa thành công.")
    if mode == "sendpassword":
        return _page(
            ctx,
            "Gửi mật khẩu",
            "<h2>Gửi mật khẩu</h2><p>Nhập tên đăng nhập và email đã đăng ký để nhận mật khẩu mới.</p>",
            "ucp",
        )
    return _login_box(ctx, "Đăng nhập", "./index.php")


def _posting(ctx: Ctx, params: dict[str, str]) -> str:
    mode = params.get("mode", "post")
    explain = {
        "reply": "Bạn cần đăng nhập để trả lời bài viết trong diễn đàn này.",
        "quote": "Bạn cần đăng nhập để trả lời bài viết trong diễn đàn này.",
    }.get(mode, "Bạn cần đăng nhập để gửi chủ đề mới trong diễn đàn này.")
    redirect = "./posting.php?" + "&amp;".join(f"{k}={v}" for k, v in params.items() if k != "sid")
    return _login_box(ctx, explain, redirect)


FAQ = [
    ("Đăng nhập và đăng ký", [
        ("Tại sao tôi phải đăng ký?", "Bạn không bắt buộc phải đăng ký, nhưng chỉ thành viên mới được gửi bài và trả lời."),
        ("Tại sao tôi bị đăng xuất tự động?", "Nếu bạn không đánh dấu ô “Tự động đăng nhập”, diễn đàn chỉ giữ phiên đăng nhập trong một khoảng thời gian nhất định."),
    ]),
    ("Gửi bài viết", [
        ("Làm thế nào để gửi một chủ đề mới?", "Nhấn vào nút “Gửi chủ đề mới” trong trang diễn đàn. Bạn cần đăng nhập trước."),
        ("Làm thế nào để sửa hoặc xóa bài viết?", "Bạn chỉ có thể sửa hoặc xóa bài viết của mình trong thời gian cho phép."),
    ]),
]  # fmt: skip


def _faq(ctx: Ctx) -> str:
    parts = ["<h2>Những câu hỏi thường gặp</h2>"]
    for section, items in FAQ:
        qs = "".join(
            f'<dl class="faq"><dt><strong>{q}</strong></dt><dd>{a}</dd></dl>' for q, a in items
        )
        parts.append(f'<div class="panel"><div class="inner"><h2>{section}</h2>{qs}</div></div>')
    return _page(ctx, "Hỏi đáp", "".join(parts), "faq")


def _viewonline(ctx: Ctx) -> str:
    rows = [
        ("thay_hung", "Đang xem trang chủ diễn đàn", "index.php"),
        ("kimchi_11a2", "Đang xem chủ đề", "viewforum.php?f=7"),
    ]
    trs = "".join(
        f'<tr><td>{_user_link(ctx, u)}</td><td><a href="{_link(ctx, h)}">{what}</a></td><td>{_when(NOW)}</td></tr>'
        for u, what, h in rows
    )
    body = (
        f"<h2>Ai đang trực tuyến</h2><p>Có 2 thành viên đăng ký và 21 khách đang trực tuyến</p>"
        f'<table class="table1"><thead><tr><th>Tên thành viên</th><th>Vị trí trên diễn đàn</th><th>Truy cập lần cuối</th></tr></thead><tbody>{trs}</tbody></table>'
    )
    return _page(ctx, "Ai đang trực tuyến", body, "viewonline")


def _static(ctx: Ctx, heading: str, paragraphs: list[str], extra: str = "") -> str:
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return _page(
        ctx,
        heading,
        f'<h2>{heading}</h2><div class="panel bg1"><div class="inner"><div class="content">{body}{extra}</div></div></div>',
        "custom",
    )


ABOUT = [
    "Trường THPT Lương Thế Vinh được thành lập năm 1995 trên cơ sở tách ra từ Trường PTTH Nguyễn"
    " Huệ. Trải qua hơn 30 năm xây dựng và phát triển, trường đã trở thành một trong những đơn vị"
    " dẫn đầu phong trào thi đua của ngành giáo dục tỉnh.",
    "Năm học 2026 - 2027, trường có 36 lớp với 1.412 học sinh; 86 cán bộ, giáo viên, nhân viên,"
    " trong đó 34 thầy cô có trình độ thạc sĩ. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất"
    " lượng giáo dục cấp độ 3.",
]
CONTACT_FORM = (
    '<form method="post" action="./lienhe.php" id="lienhe"><fieldset>'
    '<dl><dt><label for="hoten">Họ và tên:</label></dt><dd><input type="text" name="hoten" id="hoten" class="inputbox" /></dd></dl>'
    '<dl><dt><label for="email">Email:</label></dt><dd><input type="text" name="email" id="email" class="inputbox" /></dd></dl>'
    '<dl><dt><label for="noidung">Nội dung:</label></dt><dd><textarea name="noidung" id="noidung" rows="6" cols="50" class="inputbox"></textarea></dd></dl>'
    '<input type="submit" name="gui" value="Gửi liên hệ" class="button1" /></fieldset></form>'
)


def _gallery(ctx: Ctx, path: str, params: dict[str, str]) -> Response | str | None:
    if path == "/gallery/index.php":
        rows = "".join(
            f'<li class="row"><a href="{_link(ctx, f"gallery/album.php?album_id={a.id}")}">'
            f'<img src="./gallery/image.php?album_id={a.id}&amp;image_id={a.images[0][0]}&amp;mode=thumbnail" alt="" /></a>'
            f'<a href="{_link(ctx, f"gallery/album.php?album_id={a.id}")}" class="forumtitle">{a.name}</a> ({len(a.images)} ảnh)</li>'
            for a in ALBUMS
        )
        return _page(ctx, "Thư viện ảnh", f'<h2>Thư viện ảnh</h2><ul class="topiclist forums">{rows}</ul>', "gallery",
                     [("Thư viện ảnh", "gallery/index.php")])  # fmt: skip
    album = next((a for a in ALBUMS if str(a.id) == params.get("album_id")), None)
    if album is None:
        return _message(ctx, "Album không tồn tại.")
    if path == "/gallery/album.php":
        cells = "".join(
            f'<div class="gallery-thumb"><a href="{_link(ctx, f"gallery/image_page.php?album_id={album.id}&image_id={i}")}">'
            f'<img src="./gallery/image.php?album_id={album.id}&amp;image_id={i}&amp;mode=thumbnail" alt="{esc(name)}" /></a>'
            f"<p>{esc(name)}</p></div>"
            for i, name in album.images
        )
        return _page(ctx, f"Thư viện ảnh - {album.name}", f"<h2>{album.name}</h2>{cells}", "gallery",
                     [("Thư viện ảnh", "gallery/index.php"), (album.name, f"gallery/album.php?album_id={album.id}")])  # fmt: skip
    ids = [i for i, _ in album.images]
    image_id = int(params["image_id"]) if params.get("image_id", "").isdigit() else -1
    if image_id not in ids:
        return _message(ctx, "Hình ảnh không tồn tại.")
    name = dict(album.images)[image_id]
    pos = ids.index(image_id)
    nav = []
    if pos > 0:
        nav.append(
            f'<a href="{_link(ctx, f"gallery/image_page.php?album_id={album.id}&image_id={ids[pos - 1]}")}">&laquo; Ảnh trước</a>'
        )
    if pos < len(ids) - 1:
        nav.append(
            f'<a href="{_link(ctx, f"gallery/image_page.php?album_id={album.id}&image_id={ids[pos + 1]}")}">Ảnh tiếp &raquo;</a>'
        )
    body = (
        f"<h2>{esc(name)}</h2>"
        f'<div class="gallery-image"><img src="./gallery/image.php?album_id={album.id}&amp;image_id={image_id}" alt="{esc(name)}" /></div>'
        f"<p>Tải lên bởi {_user_link(ctx, 'bqt_thpt')} &raquo; {_when(datetime(2026, 11, 21, 15, 0) if album.id == 2 else datetime(2026, 9, 6, 8, 30))}"
        f" &bull; Lượt xem: {150 + image_id * 3}</p><p>{' | '.join(nav)}</p>"
    )
    return _page(ctx, f"Thư viện ảnh - {esc(name)}", body, "gallery",
                 [("Thư viện ảnh", "gallery/index.php"), (album.name, f"gallery/album.php?album_id={album.id}")])  # fmt: skip


_ATTACHMENTS = {t.attach[0]: t.attach for t in TOPICS.values() if t.attach}
_SID = re.compile(r"^[0-9a-f]{32}$")


class PhpbbPortalSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k: v for k, v in request.params.items()}
        sid_param = params.pop("sid", "")
        if path.startswith(("/styles/", "/images/", "/portal/")) or path in (
            "/favicon.ico",
            "/style.php",
        ):
            if path == "/style.php":
                return Response(
                    200, b"body{font-family:Verdana,Arial,sans-serif}", {"Content-Type": "text/css"}
                )
            return static_file(path) or static_file(path + ".gif")
        if path == "/download/file.php":
            if "avatar" in params:
                return static_file("avatar.jpg")
            aid = int(params["id"]) if params.get("id", "").isdigit() else -1
            if aid in _ATTACHMENTS:
                name = _ATTACHMENTS[aid][1]
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip
            return None
        if path == "/gallery/image.php":
            return static_file("image.jpg")
        if path == "/cron.php":
            return static_file("cron.gif")
        base = base_url(request)
        cookies = request.headers.get("Cookie") or request.headers.get("cookie") or ""
        m = re.search(rf"{COOKIE}_sid=([0-9a-f]{{32}})", cookies)
        if m:
            ctx = Ctx(None, m.group(1), base, True)
        else:
            if _SID.match(sid_param):
                session = sid_param
            else:
                seed = request.path + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
                session = hashlib.md5(f"guest:{seed}".encode()).hexdigest()
            ctx = Ctx(session, session, base, False)
        page = self._page(ctx, path, params)
        if page is None:
            return None
        if isinstance(page, Response):
            return page
        headers = {
            "Cache-Control": 'private, no-cache="set-cookie"',
            "Expires": "0",
            "Pragma": "no-cache",
        }
        if not ctx.cookie:
            headers["Set-Cookie"] = (
                f"{COOKIE}_sid={ctx.session}; expires=Thu, 25-Nov-2027 02:41:00 GMT; path=/; HttpOnly"
            )
        return html(page, headers=headers)

    def _page(self, ctx: Ctx, path: str, params: dict[str, str]) -> Response | str | None:
        if path in ("/", "/portal.php"):
            return _portal(ctx, params)
        if path == "/index.php":
            if params.get("mark") == "forums":
                return _message(ctx, "Tất cả các diễn đàn đã được đánh dấu là đã đọc.",
                                extra=f'<p><a href="{_link(ctx, "index.php")}">Quay về Trang chủ diễn đàn</a></p>')  # fmt: skip
            return _index(ctx)
        if path == "/viewforum.php":
            return _viewforum(ctx, params)
        if path == "/viewtopic.php":
            return _viewtopic(ctx, params)
        if path == "/feed.php":
            return Response(
                200, _feed(ctx, params), {"Content-Type": "application/atom+xml; charset=UTF-8"}
            )
        if path == "/search.php":
            return _search(ctx, params)
        if path == "/memberlist.php":
            return _memberlist(ctx, params)
        if path == "/ucp.php":
            return _ucp(ctx, params)
        if path == "/posting.php":
            return _posting(ctx, params)
        if path == "/faq.php":
            return _faq(ctx)
        if path == "/viewonline.php":
            return _viewonline(ctx)
        if path == "/gioithieu.php":
            return _static(ctx, "Giới thiệu", ABOUT)
        if path == "/lienhe.php":
            return _static(ctx, "Liên hệ", [f"{SCHOOL}", f"Địa chỉ: {ADDRESS}",
                                            f"Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}",
                                            f"Email: {EMAIL}"], CONTACT_FORM)  # fmt: skip
        if path in ("/gallery/index.php", "/gallery/album.php", "/gallery/image_page.php"):
            page = _gallery(ctx, path, params)
            # the gallery lives one folder down: its phpbb_root_path is "../"
            return page.replace('="./', '="../') if isinstance(page, str) else page
        return None


def build_site() -> PhpbbPortalSite:
    return PhpbbPortalSite()
