"""NodeBB 3.x forum used as the announcements board of an upper-secondary school (blind fixture).

Platform
    NodeBB 3.x with the Harmony theme (a school fork: breadcrumbs enabled, a "news" header on the
    first post), nodebb-plugin-markdown (HTML allowed, ``breaks: true``), nodebb-plugin-emoji,
    nodebb-widget-essentials and nodebb-plugin-custom-pages. Institution: Trường THPT Nguyễn Trãi,
    phường Hội An, thành phố Đà Nẵng. Guests read; registration is off, guests may not view
    profiles, RSS feeds are disabled, infinite scroll is on, 4 topics a page, teasers show the
    last *reply* only.

URL scheme (NodeBB's own)
    ``/``                                   categories page (the board's home page)
    ``/category/<cid>/<slug>[?page=N]``     topic list of a category, pinned first, then by last reply
    ``/category/<cid>``                     301 to the slugged address
    ``/topic/<tid>/<slug>``                 a topic: first post (the news item), replies, events
    ``/topic/<tid>/<slug>/<n>``             the same page, "scrolled" to post n (1-based)
    ``/topic/<tid>`` and wrong slugs        301 to ``/topic/<tid>/<slug>``
    ``/post/<pid>``                         302 to ``/topic/<tid>/<slug>/<index+1>``
    ``/uid/<uid>``                          302 to ``/user/<slug>``; ``/user/<slug>`` is 403 for guests
    ``/tags/<tag>``                         topics with a tag (tags lower-cased, percent-encoded)
    ``/gioi-thieu``, ``/lien-he``           custom pages (nodebb-plugin-custom-pages)
    ``/search``, ``/login``                 forms; ``/robots.txt``, ``/sitemap.xml`` and its parts
    Slugs keep Vietnamese letters (NodeBB's slugify keeps ``\\p{L}``): links print them raw
    (``/topic/11/trang-trọng-lễ-kỷ-niệm-…``), the wire carries them percent-encoded.

Page templates
    Every page: Harmony's left navigation (custom items, a drop-down under "Tin tức – Sự kiện"),
    the brand header with the school's logo, a header widget with the date "Thứ Bảy, 05/12/2026"
    and a marquee, the right sidebar widgets (recent topics, most viewed, poll, links, forum stats
    and visitor counter), the footer widget (address, phone, e-mail, copyright, "Powered by
    NodeBB"), the ``config`` script and ``<script id="ajaxify-data" type="application/json">``.
    Topic page: JSON-LD and visible breadcrumbs, ``DiscussionForumPosting`` microdata, the h1
    ``component="topic/title"`` with labels (pinned, locked), the category badge, tags and stats,
    then ``<ul component="topic">`` holding ``<li component="post">`` items (first post and
    replies alike, each with ``component="post/content"``) and ``<li component="topic/event">``
    items, then "Chủ đề liên quan" (topics sharing a tag) and reply/login buttons.

How each gold article is reached
    Thông báo (cid 2): page 1 lists the pinned notice (tid 15), 17, 10, 7; tid 6 is on page 2 only.
    Hoạt động Đoàn trường (cid 4, child of 3): page 1 lists 18, 4 (October, but replied to on
    1 December), 14, 9; tid 8 (10 November) is on page 2 only. Tin tức – Sự kiện (cid 3): tid 11.
    Hoạt động chuyên môn (cid 5): 16, 5. Page 2 is linked only by ``<link rel="next">`` in the head
    and by the paginator that infinite scroll keeps hidden (``class="… hidden"``). Tags and the
    sidebar widgets repeat some page-1 topics; neither reaches tid 6 or tid 8.

Traps
    1. Dates exist only as UTC machine stamps: the ``timeago`` spans are empty until the client
       runs (``<span class="timeago" title="2026-11-05T22:50:00.000Z">``), plus ``data-timestamp``
       (ms), ``itemprop="datePublished"`` and ``article:published_time``. Gold: the stamp read in
       Asia/Ho_Chi_Minh; the storm notice stamped 22:50Z on 5 November is
       "2026-11-06T05:50:00+07:00" (its UTC day is the day before).
    2. Other stamps are not publication: ``article:modified_time`` and ``itemprop="dateModified"``
       carry the last *reply*; the edit indicator's title ("Đã sửa …", written by the server in
       UTC) and the hidden "Lần sửa cuối bởi …" line are edits; topic events ("đã ghim", "đã
       chuyển") carry their own stamps. Gold: the first post's stamp only.
    3. Replies are printed exactly like the news item (``component="post"`` /
       ``component="post/content"`` in the same list), one of them by the poster itself ("Cập nhật
       14h00 …"), one quoting the news item's lead in a blockquote. Gold: body, images and authors
       come from the first post alone.
    4. One page, many addresses: list teasers link ``/topic/<tid>/<slug>/<n>``, reply
       permalinks ``/post/<pid>`` redirect there, a quote links the first post's ``/post/<pid>``,
       ``/topic/<tid>`` redirects, and every slug exists raw and percent-encoded. Gold: path =
       the canonical ``/topic/<tid>/<slug>`` percent-encoded; the others are alt_paths.
    5. Pagination hidden by infinite scroll, lists sorted by last reply: tid 4 (18 October) sits
       on page 1 of its category while tid 8 (10 November) is on page 2; the page-2 articles have
       no tags and are in no widget. Gold: tid 6 and tid 8 are articles like the rest.
    6. Account names and signatures: posts by the shared accounts "quantri" and "Ban Biên Tập"
       carry a signature (``component="post/signature"``: "Ban Biên tập Website …", phone,
       e-mail) and ``itemprop="author"``. Gold: no author from an account or a signature; the
       byline typed in the text decides; a teacher's personal account "Thầy Hoàng Văn Nam" with
       no byline in the text is the author without the honorific (["Hoàng Văn Nam"]).
    7. Markdown with ``breaks: true``: a single newline typed by the editor prints ``<br />``
       inside one ``<p dir="auto">``; each line is its own paragraph in the gold. A caption sits
       in the same ``<p>`` as its image after a ``<br />`` (``<em>…</em>``): it is the caption,
       not text.
    8. nodebb-plugin-emoji draws ``:white_check_mark:`` etc. as ``<img class="not-responsive
       emoji …" alt="✅">`` at the start of lines: a bullet, neither text nor image. Emoji typed
       as characters in a title ("⚠️ KHẨN: …", "… 🇻🇳") are kept as printed; avatars, the logo and
       emoji pictures are not article images. Uploaded photos print ``…-resized.jpg`` inside a
       link to the original; the gold image is the ``src``.
    9. An official notice pasted as markdown tables: the letterhead table (Sở GD&ĐT / CỘNG HÒA
       XÃ HỘI CHỦ NGHĨA VIỆT NAM, "Số: 312/TB-THPTNT", "Hội An, ngày 30 tháng 11 năm 2026"), the
       kind and subject, then a schedule table that *is* text, then a closing table ("Nơi nhận" |
       "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG … Trần Quốc Bảo"). Gold: date "2026-11-30" (it was posted
       1 December), author ["Trần Quốc Bảo"], the schedule's rows are body, letterhead and closing
       are not. The topic was moved from "Tin tức – Sự kiện": the event line names the old
       category; the gold category is the breadcrumb's "Thông báo".
    10. Chrome that reads like text: the list teasers and the home page's last-post teaser print
       the start of a reply, the ajaxify-data JSON carries every post's HTML, the "Chủ đề liên
       quan" and widgets print other headlines, the header marquee prints a sentence.
    11. Non-articles in topic form: a decision with a PDF (document entry), an album of photos, a
       video embed and a timetable are topics like the news; they are NON_ARTICLES.
    12. Two h1 on every topic page: the brand header's site title (``<h1 class="fs-6 …">TRƯỜNG
       THPT NGUYỄN TRÃI – HỘI AN</h1>``) comes first; the headline is ``component="topic/title"``.
    13. Names that sign nothing: the storm notice ends with a contact line "Thầy Trần Quốc Bảo –
       Phó Hiệu trưởng: 0905 318 642" (text; authors []), the edit line and the event lines name
       accounts, the reply header names a teacher. Gold: none of them is an author.

Gold decisions on ambiguous points
    - published_at: the first post's ``timeago``/``data-timestamp`` stamp converted to +07:00; the
      official notice takes its letterhead's day. No stamp falls on local midnight.
    - authors/photographers: "Tin: ThS. X - Ảnh: Y" -> [X] / [Y]; "Tin, ảnh: X (Ban …)" -> X in
      both; "Tin: X – Ảnh: Y (lớp 11A4)" -> [X] / [Y]; a photo's own "Ảnh: Y" line makes Y a
      photographer and gives no caption; a unit signing alone in italics or bold ("Tổ Văn phòng",
      "BCH Đoàn trường") is the author as printed; "Lê Văn Hiếu (Phó Hiệu trưởng)" -> the name.
    - Replies are comments even when the poster itself writes them.
    - "Xem thêm …" lines, attachment lines (📎 / 📄 links to uploads) and the "Nguồn:" line are
      not body; "Nguồn: Fanpage Đoàn trường THPT Nguyễn Trãi" is the source.
    - A paragraph whose first words are bold labels ("Thời gian:") keeps them in its text.
    - "(*) Số liệu theo Quyết định …" under the results table is a note of the text: body.
    - A line opened by an emoji drawn as a picture keeps the rest of the line ("📌 Cha mẹ …" ->
      "Cha mẹ …"); a "👉 Xem thêm …" line is still a "Xem thêm" line.
    - Category: the deepest category of the breadcrumb (a child category when there is one).
    - path and canonical_path are the canonical address percent-encoded (as it goes on the wire);
      the raw-unicode form the page prints, the ``/<n>`` post-index forms and the redirecting
      ``/topic/<tid>`` and ``/post/<pid>`` addresses are alt_paths.
    - A contact line with a name and a phone number is text, not a byline.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nodebb_thpt"
PLATFORM = "NodeBB 3.x (Harmony theme, markdown + emoji plugins, custom pages)"
START_PATH = "/"

TZ = dt.timezone(dt.timedelta(hours=7))
HEADER_DATE = "Thứ Bảy, 05/12/2026"
TOPICS_PER_PAGE = 4
SITE_TITLE = "Trường THPT Nguyễn Trãi – Hội An"

# --- accounts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class User:
    uid: int
    username: str
    slug: str
    display: str
    group: str = ""
    picture: str = ""
    color: str = "#3f51b5"
    signature: str = ""


USERS = {
    "quantri": User(
        1, "quantri", "quantri", "quantri", "Quản trị viên", color="#e91e63",
        signature="Văn phòng Trường THPT Nguyễn Trãi • ĐT: 0235 3861 247 • vanphong@thptnguyentrai.edu.vn",
    ),
    "bbt": User(
        2, "bbt", "bbt", "Ban Biên Tập", "Ban biên tập",
        picture="/assets/uploads/profile/uid-2/2-profileavatar-1693291822419.png",
        signature="Ban Biên tập Website Trường THPT Nguyễn Trãi – Hội An. Tin bài, hình ảnh xin gửi về: "
        "bbt@thptnguyentrai.edu.vn",
    ),
    "hoangvannam": User(
        5, "hoangvannam", "hoangvannam", "Thầy Hoàng Văn Nam", "Giáo viên",
        picture="/assets/uploads/profile/uid-5/5-profileavatar-1700034567001.jpeg",
        signature="Tổ trưởng Tổ Ngữ văn – Trường THPT Nguyễn Trãi",
    ),
    "ngthanhtam": User(11, "ngthanhtam", "ngthanhtam", "Nguyễn Thanh Tâm", "Giáo viên", color="#009688"),
    "lethuy.k2008": User(23, "lethuy.k2008", "lethuy.k2008", "Lê Thị Thủy (K2005-2008)", color="#ff5722"),
}

# --- categories ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    cid: int
    name: str
    icon: str
    bg: str
    description: str
    parent: int = 0

    @property
    def slug(self) -> str:
        return f"{self.cid}/{slugify(self.name)}"


def slugify(text: str) -> str:
    """NodeBB's utils.slugify: letters of any script survive, everything else becomes '-'."""
    s = unicodedata.normalize("NFC", text).strip().lower()
    s = re.sub(r"[^\w\s-]", "-", s)
    s = re.sub(r"\s+", "-", s)
    s = re.sub(r"-+", "-", s)
    return s.strip("-_")


CATEGORIES = {
    2: Category(2, "Thông báo", "fa-bullhorn", "#c0392b", "Thông báo chính thức của Nhà trường đến cán bộ, giáo viên, cha mẹ học sinh và học sinh."),
    3: Category(3, "Tin tức – Sự kiện", "fa-newspaper", "#2c7be5", "Hoạt động, sự kiện nổi bật của Nhà trường."),
    4: Category(4, "Hoạt động Đoàn trường", "fa-flag", "#e67e22", "Phong trào Đoàn – Hội, hoạt động ngoại khóa, tình nguyện.", parent=3),
    5: Category(5, "Hoạt động chuyên môn", "fa-graduation-cap", "#16a085", "Hội thảo, chuyên đề, thao giảng, thi học sinh giỏi.", parent=3),
    6: Category(6, "Văn bản – Tư liệu", "fa-file-text", "#7f8c8d", "Quyết định, kế hoạch, thời khóa biểu, biểu mẫu."),
    7: Category(7, "Thư viện ảnh – Video", "fa-camera", "#8e44ad", "Hình ảnh, video hoạt động của thầy và trò."),
}
HOME_ORDER = [2, 3, 6, 7]

# --- topics --------------------------------------------------------------------------------------


def at(local: str) -> dt.datetime:
    """'2026-11-20 11:25' in the school's zone."""
    return dt.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def iso_z(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def ms(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


@dataclass
class Reply:
    user: str
    when: str
    content: str
    pid: int = 0


@dataclass
class Event:
    kind: str  # pin | move | lock
    user: str
    when: str
    old_cid: int = 0


@dataclass
class Topic:
    tid: int
    cid: int
    title: str
    user: str
    posted: str
    views: int
    story: Story | None = None
    content: str = ""  # first post HTML for non-article topics
    replies: list[Reply] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tags: tuple[str, ...] = ()
    pinned: bool = False
    locked: bool = True
    edited: str | None = None
    pid: int = 0

    @property
    def slug(self) -> str:
        return f"{self.tid}/{slugify(self.title)}"

    @property
    def path(self) -> str:
        return quote(f"/topic/{self.slug}")

    @property
    def raw_path(self) -> str:
        return f"/topic/{self.slug}"

    @property
    def when(self) -> dt.datetime:
        return at(self.posted)

    @property
    def postcount(self) -> int:
        return 1 + len(self.replies)

    @property
    def last_post(self) -> dt.datetime:
        return max([self.when, *(at(r.when) for r in self.replies)])


def up(name: str) -> str:
    """An upload's path as NodeBB stores it (``<ms stamp>-<name>``)."""
    return f"/assets/uploads/files/{name}"


EMOJI = {
    "✅": ("white_check_mark", "2705"),
    "👉": ("point_right", "1f449"),
    "📌": ("pushpin", "1f4cc"),
    "🏆": ("trophy", "1f3c6"),
}


def emoji_img(char: str) -> str:
    name, code = EMOJI[char]
    return (
        f'<img class="not-responsive emoji emoji-android emoji--{name}" '
        f'src="/assets/plugins/nodebb-plugin-emoji/emoji/android/{code}.png?v=3b5c7e4a1f2" '
        f'title=":{name}:" alt="{char}" />'
    )


# Stories: text as a careful reader takes it; the markup is rendered by render_content().

S_AODAI = Story(
    4, "", "Hội thi “Nữ sinh thanh lịch – Duyên dáng áo dài” chào mừng Ngày Phụ nữ Việt Nam 20/10",
    "Hoạt động Đoàn trường", "2026-10-18T20:15:00+07:00",
    [
        P("Tối 17/10, tại sân khấu trung tâm nhà trường, Đoàn trường THPT Nguyễn Trãi tổ chức Hội thi "
          "“Nữ sinh thanh lịch – Duyên dáng áo dài” năm 2026 nhằm chào mừng 96 năm Ngày thành lập Hội "
          "Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026).", "lead"),
        P("Hội thi thu hút 18 thí sinh đến từ các chi đoàn khối 10, 11 và 12. Trải qua ba phần thi: "
          "trình diễn áo dài, tài năng và ứng xử, các thí sinh đã mang đến cho khán giả những phút giây "
          "đầy cảm xúc về vẻ đẹp dịu dàng, đằm thắm của người phụ nữ Việt Nam."),
        Img(up("1760793311842-img_4521-resized.jpg"), "Các thí sinh trong phần thi trình diễn áo dài",
            "Các thí sinh trong phần thi trình diễn áo dài", "br"),
        P("Phần thi ứng xử để lại nhiều ấn tượng khi các câu hỏi xoay quanh vai trò của người phụ nữ "
          "trong thời đại số, ý thức giữ gìn bản sắc văn hóa dân tộc và tinh thần tự học của học sinh."),
        Img(up("1760793329107-img_4588-resized.jpg"), "(Ban giám khảo chấm thi)", "Ban giám khảo chấm thi", "next"),
        P("Kết quả chung cuộc:", "kv"),
        P("Giải Nhất: em Trần Ngọc Bảo Trâm – lớp 11A1;", "line emo:🏆"),
        P("Giải Nhì: em Nguyễn Thị Hoài Thương – lớp 12A3;", "line emo:🏆"),
        P("Giải Ba: em Phan Lê Khánh Linh – lớp 10A5 và em Võ Thị Mỹ Duyên – lớp 12A6.", "line emo:🏆"),
        Raw('<p dir="auto"><strong>Tin, ảnh: Phan Thị Diệu Linh – Bí thư Đoàn trường</strong></p>'),
    ],
    authors=["Phan Thị Diệu Linh"], photographers=["Phan Thị Diệu Linh"],
    summary="Tối 17/10, tại sân khấu trung tâm nhà trường, Đoàn trường THPT Nguyễn Trãi tổ chức Hội thi "
    "“Nữ sinh thanh lịch – Duyên dáng áo dài” năm 2026 nhằm chào mừng 96 năm Ngày thành lập Hội "
    "Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026).",
)

S_HOITHAO = Story(
    5, "", "Hội thảo chuyên đề “Dạy học đọc hiểu văn bản theo đặc trưng thể loại” môn Ngữ văn",
    "Hoạt động chuyên môn", "2026-10-22T09:05:00+07:00",
    [
        P("Sáng 21/10/2026, Tổ Ngữ văn Trường THPT Nguyễn Trãi tổ chức hội thảo chuyên đề “Dạy học đọc "
          "hiểu văn bản theo đặc trưng thể loại” với sự tham gia của 14 giáo viên trong tổ và đại diện "
          "Tổ Ngữ văn các trường THPT Trần Quý Cáp, THPT Lê Quý Đôn."),
        P("Hội thảo tập trung trao đổi ba nội dung chính:"),
        P("Thực trạng dạy học đọc hiểu văn bản theo Chương trình GDPT 2018 ở nhà trường;", "ol"),
        P("Quy trình thiết kế bài dạy đọc hiểu truyện ngắn, thơ và văn bản nghị luận;", "ol"),
        P("Xây dựng đề kiểm tra, đánh giá năng lực đọc hiểu với ngữ liệu ngoài sách giáo khoa.", "ol"),
        Img(up("1761098602231-hoi-thao-ngu-van-resized.jpg"), "Ảnh: Nguyễn Thanh Tâm", None, "next"),
        P("Tiết dạy minh họa bài “Chí Phèo” (Nam Cao) của cô Đặng Thị Thanh Hương tại lớp 11A3 đã cho "
          "thấy hiệu quả của việc tổ chức cho học sinh khám phá văn bản qua phiếu học tập và hoạt động nhóm."),
        P("Dạy đọc hiểu không phải là giảng cho học sinh hiểu một văn bản, mà là dạy các em cách đọc để "
          "tự mình hiểu mọi văn bản cùng thể loại.", "quote"),
        P("Kết thúc hội thảo, Tổ Ngữ văn thống nhất xây dựng bộ tiêu chí đánh giá kỹ năng đọc hiểu theo "
          "từng thể loại để áp dụng từ học kỳ II năm học 2026 – 2027."),
    ],
    authors=["Hoàng Văn Nam"], photographers=["Nguyễn Thanh Tâm"],
)

S_TUYENCHON = Story(
    6, "", "Thông báo tuyển chọn học sinh tham gia đội tuyển học sinh giỏi cấp thành phố lớp 12 năm học 2026 – 2027",
    "Thông báo", "2026-10-26T15:20:00+07:00",
    [
        P("Theo Kế hoạch số 145/KH-THPTNT ngày 05/9/2026 của Hiệu trưởng Trường THPT Nguyễn Trãi về công "
          "tác bồi dưỡng học sinh giỏi năm học 2026 – 2027, nhà trường tổ chức kiểm tra tuyển chọn học sinh "
          "lớp 12 tham gia đội tuyển dự thi học sinh giỏi cấp thành phố."),
        P("1. Môn tuyển chọn", "h4"),
        P("Toán, Vật lí, Hóa học, Sinh học, Tin học;", "li"),
        P("Ngữ văn, Lịch sử, Địa lí, Tiếng Anh;", "li"),
        P("Giáo dục kinh tế và pháp luật.", "li"),
        P("2. Thời gian, địa điểm", "h4"),
        P("Thời gian: 7 giờ 30, thứ Bảy ngày 31/10/2026.", "line kv"),
        P("Địa điểm: phòng học dãy nhà A, tầng 2.", "line kv"),
        P("3. Đăng ký", "h4"),
        P("Học sinh có nguyện vọng đăng ký với giáo viên chủ nhiệm trước ngày 29/10/2026. Giáo viên chủ "
          "nhiệm tổng hợp danh sách gửi về Văn phòng nhà trường (cô Trương Thị Mai) để lập danh sách phòng thi."),
        Raw('<p dir="auto">📎 Mẫu đăng ký: <a href="/assets/uploads/files/1761466801553-mau-dang-ky-hsg12.docx">'
            "mau-dang-ky-hsg12.docx</a></p>"),
        Raw('<p dir="auto"><em>Tổ Văn phòng</em></p>'),
    ],
    authors=["Tổ Văn phòng"],
)

S_BAO = Story(
    7, "", "⚠️ KHẨN: Học sinh toàn trường nghỉ học ngày 06/11/2026 để phòng, tránh bão số 13",
    "Thông báo", "2026-11-06T05:50:00+07:00",
    [
        P("Thực hiện Công điện số 09/CĐ-SGDĐT ngày 05/11/2026 của Sở Giáo dục và Đào tạo thành phố Đà Nẵng "
          "về việc chủ động ứng phó với bão số 13, Nhà trường thông báo đến Quý cha mẹ học sinh và các em "
          "học sinh như sau:"),
        P("Toàn thể học sinh nghỉ học ngày thứ Sáu, 06/11/2026.", "line emo:✅"),
        P("Học sinh ở ký túc xá ở lại phòng, tuyệt đối không ra ngoài khi có mưa to, gió lớn.", "line emo:✅"),
        P("Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm Zalo lớp và ứng dụng eNetViet; nắm "
          "tình hình học sinh ở vùng trũng thấp ven sông Thu Bồn.", "line emo:✅"),
        P("Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban Chỉ huy phòng chống thiên tai nhà "
          "trường. Thời gian học sinh đi học trở lại, Nhà trường sẽ thông báo sau."),
        P("Số điện thoại trực: 0235 3861 247 (Văn phòng)", "line kv"),
        P("Thầy Trần Quốc Bảo – Phó Hiệu trưởng: 0905 318 642", "line"),
    ],
)

S_PHAPLUAT = Story(
    8, "", "Sôi nổi ngoại khóa hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11",
    "Hoạt động Đoàn trường", "2026-11-10T10:30:00+07:00",
    [
        P("Sáng thứ Hai 09/11/2026, trong tiết chào cờ đầu tuần, Đoàn trường THPT Nguyễn Trãi phối hợp "
          "với Công an phường Hội An tổ chức buổi ngoại khóa tuyên truyền, phổ biến pháp luật cho hơn "
          "1.300 đoàn viên, học sinh toàn trường."),
        P("Tại buổi ngoại khóa, Thượng úy Lê Đình Khoa – cán bộ Công an phường đã chia sẻ với học sinh "
          "những nội dung thiết thực về Luật Trật tự, an toàn giao thông đường bộ, Luật An ninh mạng, "
          "tác hại của thuốc lá điện tử và cách nhận diện các thủ đoạn lừa đảo qua mạng xã hội."),
        Img(up("1763004519770-ngoai-khoa-phap-luat-resized.jpg"), None, None, "next"),
        P("Tiểu phẩm “Tuổi trẻ sống và làm việc theo pháp luật” của các chi đoàn 10A3, 11A1 và 12A4 đã "
          "truyền tải thông điệp gần gũi, dễ hiểu, nhận được sự cổ vũ nhiệt tình của các bạn học sinh."),
        Img(up("1763004533218-tieu-pham-12a4-resized.jpg"), "Ảnh: Trần Gia Huy", None, "next"),
        P("Qua buổi ngoại khóa, mỗi đoàn viên, học sinh nâng cao ý thức tự giác chấp hành pháp luật, góp "
          "phần xây dựng môi trường học đường an toàn, lành mạnh, thân thiện."),
        Raw('<p dir="auto">Tin: Lê Minh Quân – Ảnh: Trần Gia Huy (lớp 11A4)</p>'),
    ],
    authors=["Lê Minh Quân"], photographers=["Trần Gia Huy"],
)

S_QUYENGOP = Story(
    9, "", "Đoàn trường phát động đợt quyên góp “Chung tay hướng về đồng bào vùng lũ”",
    "Hoạt động Đoàn trường", "2026-11-12T19:45:00+07:00",
    [
        P("Trước những thiệt hại nặng nề do mưa lũ gây ra tại các xã miền núi phía Tây thành phố, Ban "
          "Chấp hành Đoàn trường phát động đợt quyên góp ủng hộ học sinh và người dân vùng lũ từ ngày "
          "12/11 đến hết ngày 20/11/2026.", "lead"),
        Img(up("1763035840321-poster-chung-tay-vung-lu-resized.jpg"), None, None, "next"),
        P("Hình thức ủng hộ:", "h4"),
        P("Tiền mặt: các chi đoàn tổng hợp, nộp về Văn phòng Đoàn trường;", "li kv"),
        P("Sách giáo khoa, vở viết, đồ dùng học tập còn sử dụng tốt;", "li"),
        P("Áo ấm, chăn màn (đã giặt sạch, đóng gói theo từng loại).", "li"),
        P("Toàn bộ số tiền, hiện vật quyên góp sẽ được công khai trên bảng tin và website nhà trường, "
          "chuyển đến học sinh các trường vùng cao thông qua Thành đoàn Đà Nẵng."),
        Raw('<p dir="auto">Xem thêm: <a href="https://doanthanhnien.danang.gov.vn/thu-keu-goi-ung-ho-vung-lu-2026" '
            'rel="nofollow ugc">Thư kêu gọi của Ban Thường vụ Thành đoàn Đà Nẵng</a></p>'),
        Raw('<p dir="auto"><strong>BCH Đoàn trường</strong></p>'),
    ],
    authors=["BCH Đoàn trường"],
    summary="Trước những thiệt hại nặng nề do mưa lũ gây ra tại các xã miền núi phía Tây thành phố, Ban "
    "Chấp hành Đoàn trường phát động đợt quyên góp ủng hộ học sinh và người dân vùng lũ từ ngày "
    "12/11 đến hết ngày 20/11/2026.",
)

S_HKPD = Story(
    10, "", "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    "Thông báo", "2026-11-16T08:10:00+07:00",
    [
        P("Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời tuyển chọn vận "
          "động viên tham gia Hội khỏe Phù Đổng thành phố Đà Nẵng, Nhà trường xây dựng kế hoạch tổ chức "
          "Hội khỏe Phù Đổng cấp trường như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", "h3"),
        P("Tạo sân chơi lành mạnh, bổ ích cho học sinh sau những giờ học căng thẳng;", "li"),
        P("Phát hiện, bồi dưỡng học sinh có năng khiếu thể dục thể thao;", "li"),
        P("Tổ chức an toàn, tiết kiệm, đúng quy định.", "li"),
        P("II. NỘI DUNG VÀ THỜI GIAN", "h3"),
        P("Môn thi | Thời gian | Địa điểm | Phụ trách", "th"),
        P("Bóng đá nam | 23/11 – 28/11/2026 | Sân vận động nhà trường | Thầy Võ Văn Hải", "tr"),
        P("Bóng chuyền nữ | 23/11 – 26/11/2026 | Nhà đa năng | Cô Lê Thị Hạnh", "tr"),
        P("Cầu lông | 30/11 – 02/12/2026 | Nhà đa năng | Thầy Nguyễn Đức Tài", "tr"),
        P("Điền kinh | 05/12/2026 | Sân vận động nhà trường | Tổ Thể dục – QPAN", "tr"),
        P("III. TỔ CHỨC THỰC HIỆN", "h3"),
        P("Giáo viên chủ nhiệm các lớp phối hợp với Tổ Thể dục – QPAN đăng ký danh sách vận động viên "
          "trước ngày 20/11/2026. Đoàn trường phân công đoàn viên tình nguyện phục vụ, cổ vũ trong suốt "
          "thời gian tổ chức."),
        Raw('<p dir="auto"><a href="/assets/uploads/files/1763255412873-kh-hkpd-2026.pdf">📄 kh-hkpd-2026.pdf</a></p>'),
    ],
)

S_2011 = Story(
    11, "", "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    "Tin tức – Sự kiện", "2026-11-20T11:25:00+07:00",
    [
        P("Sáng ngày 20/11/2026, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
          "Việt Nam. Buổi lễ là dịp để các thế hệ học trò bày tỏ lòng biết ơn sâu sắc đối với các thầy "
          "giáo, cô giáo đã và đang công tác tại trường.", "lead"),
        P("Đến dự buổi lễ có bà Nguyễn Thị Thu Hiền – Phó Chủ tịch UBND phường Hội An; đại diện Ban đại "
          "diện Cha mẹ học sinh; các thầy cô giáo nguyên là cán bộ quản lý, giáo viên của nhà trường qua "
          "các thời kỳ cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.300 học sinh."),
        Img(up("1763612708410-dien-van-20-11-resized.jpg"), "Thầy Hiệu trưởng Phạm Ngọc Thạch đọc diễn văn kỷ niệm",
            "Thầy Hiệu trưởng Phạm Ngọc Thạch đọc diễn văn kỷ niệm", "br"),
        P("Trong diễn văn kỷ niệm, thầy Phạm Ngọc Thạch – Hiệu trưởng nhà trường đã ôn lại truyền thống "
          "vẻ vang của Ngày Nhà giáo Việt Nam, đồng thời điểm lại những kết quả nổi bật của năm học "
          "2025 – 2026: tỷ lệ tốt nghiệp THPT đạt 99,8%; 42 học sinh đạt giải học sinh giỏi cấp thành phố; "
          "2 đề tài khoa học kỹ thuật đạt giải Ba cấp quốc gia."),
        P("“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo; mỗi học sinh hãy biến "
          "lòng biết ơn thành hành động cụ thể bằng kết quả học tập và rèn luyện của mình.”", "quote"),
        P("Dịp này, nhà trường đã trao Giấy khen của Giám đốc Sở Giáo dục và Đào tạo cho 6 giáo viên có "
          "thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”; tặng thưởng "
          "15 tập thể lớp có thành tích cao trong đợt thi đua chào mừng ngày 20/11."),
        Img(up("1763612722935-trao-giay-khen-resized.jpg"), "(Các thầy cô giáo nhận Giấy khen của Giám đốc Sở GD&ĐT)",
            "Các thầy cô giáo nhận Giấy khen của Giám đốc Sở GD&ĐT", "next"),
        P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các khối lớp dàn dựng, với "
          "những tiết mục ca ngợi công ơn thầy cô và mái trường thân yêu."),
        Img(up("1763612740588-van-nghe-20-11-resized.jpg"), None, None, "next"),
        Raw('<p dir="auto"><em>Tin: ThS. Nguyễn Thị Minh Hằng - Ảnh: Lê Quang Vinh</em></p>'),
    ],
    authors=["Nguyễn Thị Minh Hằng"], photographers=["Lê Quang Vinh"],
    summary="Sáng ngày 20/11/2026, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
    "Việt Nam. Buổi lễ là dịp để các thế hệ học trò bày tỏ lòng biết ơn sâu sắc đối với các thầy "
    "giáo, cô giáo đã và đang công tác tại trường.",
)

S_AOAM = Story(
    14, "", "Chương trình “Áo ấm cho em” năm 2026: trao 150 áo ấm cho học sinh vùng cao Tây Giang",
    "Hoạt động Đoàn trường", "2026-11-27T21:05:00+07:00",
    [
        P("Ngày 26/11/2026, đoàn công tác của Đoàn trường THPT Nguyễn Trãi gồm 25 đoàn viên và giáo viên "
          "đã đến thăm, tặng quà cho học sinh các điểm trường thuộc xã Tây Giang."),
        P("Tổng giá trị quà tặng gần 60 triệu đồng, gồm 150 áo ấm, 300 bộ sách vở, đồ dùng học tập và 50 "
          "suất quà bằng tiền mặt. Đây là nguồn kinh phí do đoàn viên, học sinh, cha mẹ học sinh và các "
          "nhà hảo tâm đóng góp trong đợt quyên góp “Chung tay hướng về đồng bào vùng lũ”."),
        Img(up("1764252201377-trao-ao-am-resized.jpg"), "Đoàn viên Đoàn trường trao áo ấm cho các em học sinh",
            "Đoàn viên Đoàn trường trao áo ấm cho các em học sinh", "br"),
        P("Ngoài trao quà, các đoàn viên còn tổ chức sinh hoạt tập thể, hướng dẫn các em kỹ năng rửa tay, "
          "vệ sinh cá nhân và cùng nấu bữa cơm trưa ấm áp."),
        Img(up("1764252219052-giao-luu-a-xoo-resized.jpg"), "Tiết mục văn nghệ giao lưu với học sinh điểm trường A Xòo",
            "Tiết mục văn nghệ giao lưu với học sinh điểm trường A Xòo", "next"),
        P("Chuyến đi khép lại với nhiều cảm xúc, giúp mỗi đoàn viên hiểu hơn những khó khăn của bạn bè "
          "vùng cao và trân trọng hơn điều kiện học tập của mình."),
        Raw(f'<p dir="auto">{emoji_img("👉")} Xem thêm hình ảnh tại '
            '<a href="https://www.facebook.com/doantruongthptnguyentrai" rel="nofollow ugc">fanpage Đoàn trường</a></p>'),
        Raw('<p dir="auto"><em>Nguồn: Fanpage Đoàn trường THPT Nguyễn Trãi</em></p>'),
    ],
    source="Fanpage Đoàn trường THPT Nguyễn Trãi",
)

S_LICHKT = Story(
    15, "", "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    "Thông báo", "2026-11-30",
    [
        Raw(
            '<table class="table table-bordered table-striped">\n<thead>\n<tr>\n'
            "<th>SỞ GIÁO DỤC VÀ ĐÀO TẠO<br />\nTHÀNH PHỐ ĐÀ NẴNG<br />\n<strong>TRƯỜNG THPT NGUYỄN TRÃI</strong></th>\n"
            "<th><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n"
            "<strong>Độc lập - Tự do - Hạnh phúc</strong></th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
            "<td>Số: 312/TB-THPTNT</td>\n<td><em>Hội An, ngày 30 tháng 11 năm 2026</em></td>\n</tr>\n</tbody>\n</table>"
        ),
        Raw('<p dir="auto"><strong>THÔNG BÁO</strong><br />\n'
            "<strong>Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>"),
        P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027;"),
        P("Căn cứ Công văn số 2615/SGDĐT-GDTrH ngày 20/11/2026 của Sở Giáo dục và Đào tạo thành phố Đà Nẵng "
          "về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027,"),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung như sau:"),
        P("1. Lịch kiểm tra", "h4"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài | Khối", "th"),
        P("Thứ Hai, 21/12/2026 | Sáng | Ngữ văn | 90 phút | 10, 11, 12", "tr"),
        P("Thứ Hai, 21/12/2026 | Chiều | Lịch sử | 45 phút | 10, 11, 12", "tr"),
        P("Thứ Ba, 22/12/2026 | Sáng | Toán | 90 phút | 10, 11, 12", "tr"),
        P("Thứ Ba, 22/12/2026 | Chiều | Tiếng Anh | 60 phút | 10, 11, 12", "tr"),
        P("Thứ Tư, 23/12/2026 | Sáng | Các môn lựa chọn | 45 phút | 10, 11, 12", "tr"),
        P("2. Yêu cầu", "h4"),
        P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh;", "li"),
        P("Không mang điện thoại di động, tài liệu vào phòng kiểm tra;", "li"),
        P("Các môn không kiểm tra tập trung do giáo viên bộ môn tổ chức kiểm tra tại lớp từ ngày 14/12 đến "
          "19/12/2026.", "li"),
        P("Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và học sinh nghiêm túc "
          "thực hiện./."),
        Raw(
            '<table class="table table-bordered table-striped">\n<thead>\n<tr>\n'
            "<th><strong><em>Nơi nhận:</em></strong></th>\n"
            "<th><strong>KT. HIỆU TRƯỞNG<br />\nPHÓ HIỆU TRƯỞNG</strong></th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
            "<td>- Các tổ chuyên môn;<br />\n- GVCN các lớp;<br />\n- Đăng website trường;<br />\n- Lưu: VT.</td>\n"
            "<td><em>(Đã ký)</em><br />\n<br />\n<strong>Trần Quốc Bảo</strong></td>\n</tr>\n</tbody>\n</table>"
        ),
        Raw('<p dir="auto">📎 <a href="/assets/uploads/files/1764554714206-tb-312-lich-kt-cki.pdf">'
            "TB-312-lich-KT-CKI.pdf</a></p>"),
    ],
    authors=["Trần Quốc Bảo"],
)

S_HSG = Story(
    16, "", "Kết quả kỳ thi chọn học sinh giỏi cấp thành phố lớp 12 năm học 2026 – 2027: 27 học sinh đạt giải",
    "Hoạt động chuyên môn", "2026-12-02T16:35:00+07:00",
    [
        P("Ngày 01/12/2026, Sở Giáo dục và Đào tạo thành phố Đà Nẵng công bố kết quả kỳ thi chọn học sinh "
          "giỏi cấp thành phố lớp 12 năm học 2026 – 2027. Trường THPT Nguyễn Trãi có 27/32 học sinh dự thi "
          "đạt giải, trong đó có 2 giải Nhất, 7 giải Nhì, 9 giải Ba và 9 giải Khuyến khích.", "lead"),
        P("Đây là kết quả của quá trình nỗ lực bền bỉ của các em học sinh cùng sự tận tâm của đội ngũ giáo "
          "viên bồi dưỡng. Kết quả cụ thể của từng môn như sau:"),
        P("Môn | Số dự thi | Nhất | Nhì | Ba | KK", "th"),
        P("Toán | 4 | 1 | 1 | 1 | 1", "tr"),
        P("Vật lí | 4 | 0 | 1 | 2 | 1", "tr"),
        P("Hóa học | 4 | 0 | 1 | 1 | 1", "tr"),
        P("Ngữ văn | 4 | 1 | 1 | 1 | 0", "tr"),
        P("Tiếng Anh | 4 | 0 | 2 | 1 | 1", "tr"),
        P("Tin học | 3 | 0 | 0 | 1 | 2", "tr"),
        P("Lịch sử | 3 | 0 | 1 | 1 | 1", "tr"),
        P("Địa lí | 3 | 0 | 0 | 1 | 2", "tr"),
        P("Sinh học | 3 | 0 | 0 | 0 | 0", "tr"),
        P("(*) Số liệu theo Quyết định số 1874/QĐ-SGDĐT ngày 01/12/2026 của Giám đốc Sở GD&ĐT.", "em"),
        P("Hai em đạt giải Nhất là Nguyễn Hoàng Minh Khôi (lớp 12A1, môn Toán) và Lê Phương Thảo (lớp 12A2, "
          "môn Ngữ văn). Em Minh Khôi tiếp tục được chọn vào đội tuyển của thành phố dự kỳ thi chọn học sinh "
          "giỏi quốc gia năm 2027."),
        Img(up("1764668102749-hsg-luu-niem-resized.jpg"),
            "Thầy cô giáo bồi dưỡng chụp ảnh lưu niệm cùng các em học sinh đạt giải",
            "Thầy cô giáo bồi dưỡng chụp ảnh lưu niệm cùng các em học sinh đạt giải", "br"),
        Raw('<p dir="auto"><em>Lê Văn Hiếu (Phó Hiệu trưởng)</em></p>'),
    ],
    authors=["Lê Văn Hiếu"],
    summary="Ngày 01/12/2026, Sở Giáo dục và Đào tạo thành phố Đà Nẵng công bố kết quả kỳ thi chọn học sinh "
    "giỏi cấp thành phố lớp 12 năm học 2026 – 2027. Trường THPT Nguyễn Trãi có 27/32 học sinh dự thi "
    "đạt giải, trong đó có 2 giải Nhất, 7 giải Nhì, 9 giải Ba và 9 giải Khuyến khích.",
)

S_CMHS = Story(
    17, "", "Thông báo lịch họp Cha mẹ học sinh cuối học kỳ I năm học 2026 – 2027",
    "Thông báo", "2026-12-03T14:30:00+07:00",
    [
        P("Nhà trường trân trọng kính mời Quý Cha mẹ học sinh đến dự buổi họp Cha mẹ học sinh cuối học kỳ I "
          "năm học 2026 – 2027."),
        P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 27/12/2026.", "line kv"),
        P("Địa điểm: tại phòng học của các lớp.", "line kv"),
        P("Thành phần: Cha mẹ học sinh hoặc người giám hộ của học sinh.", "line kv"),
        P("Nội dung: Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện học kỳ I của học sinh; trao "
          "đổi các giải pháp phối hợp giáo dục trong học kỳ II; lấy ý kiến đóng góp của Cha mẹ học sinh về "
          "công tác giáo dục của nhà trường.", "kv"),
        P("Sau buổi họp tại lớp, Ban đại diện Cha mẹ học sinh các lớp dự họp tại Hội trường lớn lúc 9 giờ "
          "30 phút."),
        P("Cha mẹ học sinh đi xe máy vui lòng gửi xe tại bãi xe phía cổng sau (đường Lý Thường Kiệt).",
          "line emo:📌"),
        P("Rất mong Quý Cha mẹ học sinh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
    ],
)

S_QDND = Story(
    18, "", "Tuổi trẻ Nguyễn Trãi tri ân nhân kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam 🇻🇳",
    "Hoạt động Đoàn trường", "2026-12-04T17:20:00+07:00",
    [
        P("Hướng tới kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2026) và "
          "37 năm Ngày hội Quốc phòng toàn dân (22/12/1989 – 22/12/2026), chiều 04/12/2026, Đoàn trường THPT "
          "Nguyễn Trãi tổ chức chương trình “Tri ân người lính”.", "lead"),
        P("Đoàn đã đến thăm, tặng quà Mẹ Việt Nam anh hùng Huỳnh Thị Lựu và 5 gia đình thương binh, liệt sĩ "
          "trên địa bàn phường Hội An; dâng hương tại Nghĩa trang liệt sĩ phường."),
        Img(up("1764843307196-dang-huong-nghia-trang-resized.jpg"), "Đoàn viên dâng hương tại Nghĩa trang liệt sĩ",
            "Đoàn viên dâng hương tại Nghĩa trang liệt sĩ", "br"),
        P("Trong không khí ấm áp, các đoàn viên đã lắng nghe những câu chuyện về năm tháng chiến đấu gian "
          "khổ mà hào hùng, qua đó thêm hiểu và trân trọng sự hy sinh của các thế hệ cha anh."),
        Img(up("1764843322730-tham-me-vnah-resized.jpg"), "(Thăm hỏi, tặng quà Mẹ Việt Nam anh hùng Huỳnh Thị Lựu)",
            "Thăm hỏi, tặng quà Mẹ Việt Nam anh hùng Huỳnh Thị Lựu", "next"),
        P("Dịp này, Đoàn trường cũng phát động cuộc thi “Tìm hiểu truyền thống Quân đội nhân dân Việt Nam” "
          "trên ứng dụng Thanh niên Việt Nam, kéo dài đến hết ngày 20/12/2026."),
        Raw('<p dir="auto"><strong>Tin, ảnh: Nguyễn Hữu Phước (Ban Truyền thông Đoàn trường)</strong></p>'),
    ],
    authors=["Nguyễn Hữu Phước"], photographers=["Nguyễn Hữu Phước"],
    summary="Hướng tới kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2026) và "
    "37 năm Ngày hội Quốc phòng toàn dân (22/12/1989 – 22/12/2026), chiều 04/12/2026, Đoàn trường THPT "
    "Nguyễn Trãi tổ chức chương trình “Tri ân người lính”.",
)

QUOTE_2011 = (
    '<p dir="auto"><a class="plugin-mentions-user plugin-mentions-a" href="/uid/2">@Ban Biên Tập</a> '
    'đã viết trong <a href="/post/{main_pid}">Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam '
    "(20/11/1982 – 20/11/2026)</a>:</p>\n<blockquote>\n<p dir=\"auto\">Sáng ngày 20/11/2026, Trường THPT "
    "Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>\n</blockquote>\n"
    '<p dir="auto">Cảm ơn Ban Biên tập đã đưa tin kịp thời. Hình ảnh buổi lễ rất đẹp, thầy cô đã gửi '
    "thêm ảnh văn nghệ qua email của Ban Biên tập để cập nhật vào album.</p>"
)

NON_ARTICLE_DOC = (
    '<p dir="auto">Nhà trường đăng tải Quyết định số 198/QĐ-THPTNT ngày 05/10/2026 của Hiệu trưởng về '
    "việc ban hành Quy chế chi tiêu nội bộ năm 2026.</p>\n"
    '<table class="table table-bordered table-striped">\n<thead>\n<tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
    "<th>Trích yếu</th><th>Người ký</th></tr>\n</thead>\n<tbody>\n<tr><td>198/QĐ-THPTNT</td><td>05/10/2026</td>"
    "<td>Ban hành Quy chế chi tiêu nội bộ năm 2026</td><td>Phạm Ngọc Thạch</td></tr>\n</tbody>\n</table>\n"
    '<p dir="auto">📎 <a href="/assets/uploads/files/1759892430115-qd-198-qcctnb-2026.pdf">'
    "QD-198-QCCTNB-2026.pdf</a></p>"
)

NON_ARTICLE_ALBUM = '<p dir="auto">Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>\n' + "\n".join(
    f'<p dir="auto"><img src="/assets/uploads/files/17636991{n:02d}553-album-20-11-{n:02d}-resized.jpg" '
    f'alt="album-20-11-{n:02d}.jpg" class="img-fluid img-markdown" /></p>'
    for n in range(1, 9)
)

NON_ARTICLE_VIDEO = (
    '<p dir="auto">Mời quý thầy cô và các bạn cùng xem MV “Người thầy” do tập thể lớp 11A3 thực hiện.</p>\n'
    '<div class="embed-wrapper"><div class="embed-container">'
    '<iframe src="https://www.youtube-nocookie.com/embed/q7Fh2Kd0XcA" title="YouTube video" '
    'allowfullscreen="" loading="lazy"></iframe></div></div>\n'
    '<p dir="auto"><a href="https://youtu.be/q7Fh2Kd0XcA" rel="nofollow ugc">https://youtu.be/q7Fh2Kd0XcA</a></p>'
)

NON_ARTICLE_TKB = (
    '<p dir="auto">Thời khóa biểu học kỳ I áp dụng từ thứ Hai, ngày 07/12/2026. Giáo viên xem chi tiết '
    "trong file đính kèm.</p>\n"
    '<p dir="auto"><img src="/assets/uploads/files/1764853120834-tkb-hk1-tuan14-resized.png" '
    'alt="tkb-hk1-tuan14.png" class="img-fluid img-markdown" /></p>\n'
    '<p dir="auto">📎 <a href="/assets/uploads/files/1764853141001-tkb-hk1-ap-dung-07-12-2026.xlsx">'
    "TKB-HK1-ap-dung-07-12-2026.xlsx</a></p>"
)

TOPICS: list[Topic] = [
    Topic(3, 6, "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026", "quantri", "2026-10-08 10:00", 211,
          content=NON_ARTICLE_DOC),
    Topic(4, 4, S_AODAI.title, "bbt", "2026-10-18 20:15", 486, S_AODAI, tags=("đoàn thanh niên",),
          replies=[Reply("ngthanhtam", "2026-12-01 10:40",
                         '<p dir="auto">Chúc mừng em Bảo Trâm tiếp tục đoạt giải Nhì Hội thi “Nữ sinh thanh '
                         "lịch” cấp thành phố vừa qua! 👏</p>")],
          locked=False),
    Topic(5, 5, S_HOITHAO.title, "hoangvannam", "2026-10-22 09:05", 302, S_HOITHAO, tags=("chuyên môn",)),
    Topic(6, 2, S_TUYENCHON.title, "bbt", "2026-10-26 15:20", 158, S_TUYENCHON),
    Topic(7, 2, S_BAO.title, "quantri", "2026-11-06 05:50", 1907, S_BAO, edited="2026-11-06 06:12",
          replies=[Reply("quantri", "2026-11-06 14:05",
                         '<p dir="auto"><strong>Cập nhật 14h00 ngày 06/11/2026:</strong> Bão số 13 đã suy yếu '
                         "thành áp thấp nhiệt đới nhưng mưa lớn còn kéo dài. Học sinh tiếp tục nghỉ học ngày thứ "
                         "Bảy 07/11/2026 và đi học trở lại bình thường từ thứ Hai 09/11/2026.</p>")]),
    Topic(8, 4, S_PHAPLUAT.title, "bbt", "2026-11-10 10:30", 173, S_PHAPLUAT),
    Topic(9, 4, S_QUYENGOP.title, "bbt", "2026-11-12 19:45", 398, S_QUYENGOP),
    Topic(10, 2, S_HKPD.title, "bbt", "2026-11-16 08:10", 441, S_HKPD),
    Topic(11, 3, S_2011.title, "bbt", "2026-11-20 11:25", 2314, S_2011, tags=("tri ân thầy cô",),
          edited="2026-11-21 08:02", locked=False,
          replies=[Reply("lethuy.k2008", "2026-11-20 20:10",
                         '<p dir="auto">Nhân ngày 20/11, cựu học sinh khóa 2005 – 2008 kính chúc quý thầy cô '
                         "luôn mạnh khỏe, hạnh phúc! Nhớ thầy cô và mái trường nhiều lắm 🌹</p>"),
                   Reply("ngthanhtam", "2026-12-02 09:40", QUOTE_2011)]),
    Topic(12, 7, "Album ảnh: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026", "bbt", "2026-11-21 16:00",
          1288, content=NON_ARTICLE_ALBUM, tags=("tri ân thầy cô",)),
    Topic(13, 7, "Video: MV “Người thầy” – tiết mục văn nghệ của tập thể lớp 11A3 chào mừng 20/11", "bbt",
          "2026-11-23 19:30", 655, content=NON_ARTICLE_VIDEO),
    Topic(14, 4, S_AOAM.title, "bbt", "2026-11-27 21:05", 512, S_AOAM, tags=("đoàn thanh niên",)),
    Topic(15, 2, S_LICHKT.title, "quantri", "2026-12-01 09:05", 1735, S_LICHKT, tags=("học kỳ i",), pinned=True,
          edited="2026-12-02 07:48",
          events=[Event("move", "quantri", "2026-12-01 09:20", old_cid=3), Event("pin", "quantri", "2026-12-01 09:21")]),
    Topic(16, 5, S_HSG.title, "bbt", "2026-12-02 16:35", 1120, S_HSG),
    Topic(17, 2, S_CMHS.title, "bbt", "2026-12-03 14:30", 846, S_CMHS, tags=("học kỳ i",)),
    Topic(18, 4, S_QDND.title, "bbt", "2026-12-04 17:20", 267, S_QDND, tags=("đoàn thanh niên",)),
    Topic(19, 6, "Thời khóa biểu học kỳ I (áp dụng từ ngày 07/12/2026)", "quantri", "2026-12-04 20:00", 733,
          content=NON_ARTICLE_TKB),
]
BY_TID = {t.tid: t for t in TOPICS}


def _assign_pids() -> dict[int, tuple[Topic, int]]:
    """Post ids in the order the posts were written; index 0 is the topic's first post."""
    posts: list[tuple[dt.datetime, Topic, int, Reply | None]] = []
    for t in TOPICS:
        posts.append((t.when, t, 0, None))
        for i, r in enumerate(t.replies, start=1):
            posts.append((at(r.when), t, i, r))
    table: dict[int, tuple[Topic, int]] = {}
    for n, (_, t, index, reply) in enumerate(sorted(posts, key=lambda p: p[0])):
        pid = 31 + n
        if reply is None:
            t.pid = pid
        else:
            reply.pid = pid
        table[pid] = (t, index)
    return table


PIDS = _assign_pids()

# --- post content (nodebb-plugin-markdown's output) ----------------------------------------------


def _inline(p: P) -> str:
    tokens = p.style.split()
    body = esc(p.text)
    if "kv" in tokens and ":" in p.text:
        head, rest = p.text.split(":", 1)
        body = f"<strong>{esc(head)}:</strong>{esc(rest)}"
    for tok in tokens:
        if tok.startswith("emo:"):
            body = f"{emoji_img(tok[4:])} {body}"
    return body


def _img_tag(img: Img) -> str:
    alt = img.src.rsplit("/", 1)[-1].split("-", 1)[-1].replace("-resized", "")
    tag = f'<img src="{esc(img.src)}" alt="{esc(alt)}" class="img-fluid img-markdown" />'
    original = img.src.replace("-resized", "")
    return f'<a href="{esc(original)}" rel="nofollow ugc" target="_blank">{tag}</a>'


def render_content(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.printed is None:
                out.append(f'<p dir="auto">{_img_tag(b)}</p>')
            elif b.style == "br":
                out.append(f'<p dir="auto">{_img_tag(b)}<br />\n<em>{esc(b.printed)}</em></p>')
            else:
                out.append(f'<p dir="auto">{_img_tag(b)}</p>\n<p dir="auto"><em>{esc(b.printed)}</em></p>')
            i += 1
            continue
        tokens = b.style.split()
        kind = tokens[0] if tokens and not tokens[0].startswith("emo:") else ""
        if kind in ("li", "ol", "line", "tr", "th", "quote"):
            group = [b]
            j = i + 1
            same = {"th": ("tr",), "tr": ("tr",)}.get(kind, (kind,))
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style.split()[:1] and \
                    blocks[j].style.split()[0] in same:
                group.append(blocks[j])
                j += 1
            i = j
            if kind in ("li", "ol"):
                tag = "ul" if kind == "li" else "ol"
                items = "".join(f'<li dir="auto">{_inline(x)}</li>\n' for x in group)
                out.append(f"<{tag}>\n{items}</{tag}>")
            elif kind == "line":
                out.append('<p dir="auto">' + "<br />\n".join(_inline(x) for x in group) + "</p>")
            elif kind == "quote":
                out.append("<blockquote>\n" + "\n".join(f'<p dir="auto">{_inline(x)}</p>' for x in group)
                           + "\n</blockquote>")
            else:
                rows = [x.text.split(" | ") for x in group]
                head = ""
                if group[0].style == "th":
                    head = "<thead>\n<tr>\n" + "".join(f"<th>{esc(c)}</th>\n" for c in rows[0]) + "</tr>\n</thead>\n"
                    rows = rows[1:]
                body = "".join("<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rows)
                out.append(f'<table class="table table-bordered table-striped">\n{head}<tbody>\n{body}</tbody>\n</table>')
            continue
        if kind in ("h3", "h4"):
            out.append(f'<{kind} dir="auto">{_inline(b)}</{kind}>')
        elif kind == "lead":
            out.append(f'<p dir="auto"><strong>{esc(b.text)}</strong></p>')
        elif kind == "em":
            out.append(f'<p dir="auto"><em>{esc(b.text)}</em></p>')
        else:
            out.append(f'<p dir="auto">{_inline(b)}</p>')
        i += 1
    return "\n".join(out)


def first_post_html(t: Topic) -> str:
    return render_content(t.story.blocks) if t.story else t.content


def reply_html(t: Topic, r: Reply) -> str:
    return r.content.replace("{main_pid}", str(t.pid))


def plain(markup: str) -> str:
    """Text of a post for teasers and meta descriptions (tags stripped, as NodeBB's teasers do)."""
    s = re.sub(r"<img[^>]*>", "", markup)
    s = re.sub(r"<[^>]+>", " ", s)
    s = (s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
         .replace("&#x27;", "'"))
    return re.sub(r"\s+", " ", s).strip()

# --- chrome ---------------------------------------------------------------------------------------

CACHE_BUSTER = "k2c7q9vh1ro"

NAV = [
    ("Trang chủ", "/", "fa-home", None),
    ("Thông báo", "/category/2", "fa-bullhorn", None),
    ("Tin tức – Sự kiện", "#", "fa-newspaper", [3, 4, 5]),
    ("Văn bản", "/category/6", "fa-file-text", None),
    ("Ảnh – Video", "/category/7", "fa-camera", None),
    ("Giới thiệu", "/gioi-thieu", "fa-university", None),
    ("Liên hệ", "/lien-he", "fa-envelope", None),
    ("Tìm kiếm", "/search", "fa-search", None),
]


def cat_href(cid: int, page: int = 1) -> str:
    href = f"/category/{CATEGORIES[cid].slug}"
    return href + (f"?page={page}" if page > 1 else "")


def nav_html() -> str:
    items = []
    for label, href, icon, drop in NAV:
        if href.startswith("/category/"):
            href = cat_href(int(href.rsplit("/", 1)[1]))
        inner = (
            f'<span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><span class="position-relative">'
            f'<i class="fa fa-fw {icon}" data-content=""></i></span>'
            f'<span class="nav-text small visible-open fw-semibold text-truncate">{esc(label)}</span></span>'
        )
        if drop:
            subs = "".join(
                f'<li><a class="dropdown-item rounded-1" href="{esc(cat_href(c))}">{esc(CATEGORIES[c].name)}</a></li>'
                for c in drop
            )
            items.append(
                f'<li class="nav-item mx-2 dropend" title="{esc(label)}">'
                f'<a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center dropdown-toggle" '
                f'href="#" role="button" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{inner}'
                f'<i class="fa fa-xs fa-caret-right text-muted visible-open"></i></a>'
                f'<ul class="dropdown-menu p-1 shadow" role="menu">{subs}</ul></li>'
            )
        else:
            items.append(
                f'<li class="nav-item mx-2" title="{esc(label)}"><a class="nav-link navigation-link d-flex gap-2 '
                f'justify-content-between align-items-center" href="{esc(href)}" aria-label="{esc(label)}">{inner}</a></li>'
            )
    return (
        '<nav component="sidebar/left" class="open text-dark bg-light sidebar sidebar-left start-0 border-end vh-100 '
        'd-none d-lg-flex flex-column justify-content-between sticky-top">\n'
        '<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">\n'
        + "\n".join(items)
        + "\n</ul>\n"
        '<div class="visible-open small text-secondary mb-3 px-3">\n'
        '<ul class="list-unstyled d-flex flex-column gap-2">\n'
        '<li class="nav-item"><a class="nav-link d-flex gap-2 align-items-center" href="/login">'
        '<i class="fa fa-fw fa-sign-in"></i><span>Đăng nhập</span></a></li>\n'
        "</ul>\n</div>\n"
        '<div class="sidebar-toggle-container align-self-start">'
        '<div class="sidebar-toggle m-2 d-none d-lg-flex align-items-center justify-content-center text-muted">'
        '<i class="fa fa-fw fa-angles-left"></i><span class="ms-2 visible-open">Thu gọn</span></div></div>\n'
        "</nav>"
    )


def brand_html() -> str:
    return (
        '<div class="container-lg px-md-4 brand-container">\n'
        '<div class="col-12 d-flex border-bottom pb-3">\n'
        '<div component="brand/wrapper" class="d-flex align-items-center gap-3 p-2 rounded-1 align-content-stretch">\n'
        '<a component="brand/anchor" href="/" title="Logo"><img component="brand/logo" alt="Logo Trường THPT Nguyễn Trãi" '
        f'class="" src="/assets/uploads/system/site-logo.png?v={CACHE_BUSTER}" /></a>\n'
        '<a component="siteTitle" class="text-truncate align-self-stretch align-items-center d-flex" href="/">'
        '<h1 class="fs-6 fw-bold text-body mb-0">TRƯỜNG THPT NGUYỄN TRÃI – HỘI AN</h1></a>\n'
        "</div>\n</div>\n</div>\n"
        '<div class="container-lg px-md-4">\n<div data-widget-area="header">\n'
        '<div class="d-flex justify-content-between align-items-center small bg-body-tertiary rounded-1 px-3 py-1 '
        'mb-2" id="hdr-w12">'
        f'<span class="ngay-hn"><i class="fa fa-calendar-o"></i> {HEADER_DATE}</span>'
        '<marquee class="flex-fill mx-3 text-danger" scrollamount="4">Chào mừng kỷ niệm 82 năm Ngày thành lập '
        "Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân!</marquee>"
        '<span><a href="https://www.facebook.com/thptnguyentraihoian" rel="noopener" target="_blank">'
        '<i class="fa fa-facebook-square"></i> Fanpage</a></span></div>\n'
        "</div>\n</div>"
    )


def recent_widget() -> str:
    newest = sorted(TOPICS, key=lambda t: t.when, reverse=True)[:5]
    items = "".join(
        f'<li class="widget-posts d-flex gap-2 mb-2" data-tid="{t.tid}"><span class="text-xs">'
        f'<i class="fa fa-angle-right"></i></span><a href="{esc(t.raw_path)}" class="text-sm text-reset">'
        f"{esc(t.title)}</a></li>"
        for t in newest
    )
    return (
        '<div class="card mb-3 widget-card"><h5 class="card-header fs-6 fw-bold">Chủ đề mới</h5>'
        f'<div class="card-body p-2"><ul class="recent-topics list-unstyled m-0">{items}</ul></div></div>'
    )


def popular_widget() -> str:
    top = sorted(TOPICS, key=lambda t: t.views, reverse=True)[:4]
    items = "".join(
        f'<tr><td class="text-xs text-muted pe-1">{n}.</td><td><a href="{esc(t.raw_path)}">{esc(t.title)}</a>'
        f' <span class="text-muted text-xs">({t.views:,} lượt xem)</span></td></tr>'.replace(",", ".")
        for n, t in enumerate(top, 1)
    )
    return (
        '<div class="card mb-3 widget-card"><h5 class="card-header fs-6 fw-bold">Xem nhiều nhất</h5>'
        f'<table class="table table-sm m-0 tbl-xnn"><tbody>{items}</tbody></table></div>'
    )


def sidebar_html() -> str:
    return (
        '<div data-widget-area="sidebar" class="col-lg-3 col-sm-12">\n'
        + recent_widget()
        + popular_widget()
        + '<div class="card mb-3 widget-card"><h5 class="card-header fs-6 fw-bold">Thăm dò ý kiến</h5>'
        '<div class="card-body"><form id="frmBinhChon_7" onsubmit="return false;">'
        '<p class="small mb-2">Bạn đánh giá thế nào về hoạt động ngoại khóa của nhà trường?</p>'
        '<div class="form-check"><input class="form-check-input" type="radio" name="bc7" value="1" id="bc7a">'
        '<label class="form-check-label small" for="bc7a">Rất bổ ích</label></div>'
        '<div class="form-check"><input class="form-check-input" type="radio" name="bc7" value="2" id="bc7b">'
        '<label class="form-check-label small" for="bc7b">Bổ ích</label></div>'
        '<div class="form-check"><input class="form-check-input" type="radio" name="bc7" value="3" id="bc7c">'
        '<label class="form-check-label small" for="bc7c">Bình thường</label></div>'
        '<button type="button" class="btn btn-sm btn-primary mt-2" onclick="binhChon(7)">Bình chọn</button> '
        '<button type="button" class="btn btn-sm btn-light mt-2" onclick="xemKQ(7)">Xem kết quả</button>'
        "</form></div></div>"
        '<div class="card mb-3 widget-card"><h5 class="card-header fs-6 fw-bold">Liên kết website</h5>'
        '<div class="card-body p-2"><select class="form-select form-select-sm" '
        "onchange=\"if(this.value)window.open(this.value)\"><option value=\"\">-- Chọn liên kết --</option>"
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.danang.gov.vn">Sở GD&amp;ĐT thành phố Đà Nẵng</option>'
        '<option value="https://thisinh.thitotnghiepthpt.edu.vn">Cổng thi tốt nghiệp THPT</option>'
        '<option value="https://enetviet.com">eNetViet</option></select>'
        '<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img class="img-fluid mt-2" '
        'src="/assets/uploads/system/banner-csdl-nganh.png" alt="CSDL ngành"></a></div></div>'
        '<div class="card mb-3 widget-card"><h5 class="card-header fs-6 fw-bold">Thống kê</h5>'
        '<div class="card-body p-2 small"><div class="row text-center g-1 stats-widget">'
        '<div class="col-6"><span class="fw-bold">19</span><br><span class="text-muted">Chủ đề</span></div>'
        '<div class="col-6"><span class="fw-bold">23</span><br><span class="text-muted">Bài viết</span></div>'
        "</div><hr class=\"my-2\"><table class=\"w-100\" id=\"tk_truycap\"><tbody>"
        "<tr><td>Đang online:</td><td class=\"text-end fw-bold\">27</td></tr>"
        "<tr><td>Hôm nay:</td><td class=\"text-end fw-bold\">1.046</td></tr>"
        "<tr><td>Tổng truy cập:</td><td class=\"text-end fw-bold\">1.928.417</td></tr>"
        "</tbody></table></div></div>\n</div>"
    )


FOOTER = (
    '<div data-widget-area="footer" class="container-lg px-md-4">\n'
    '<div class="border-top mt-4 pt-3 pb-5 small text-muted row" id="ftr_thongtin">'
    '<div class="col-md-8"><p class="mb-1 fw-bold text-body">TRƯỜNG THPT NGUYỄN TRÃI – HỘI AN</p>'
    "<p class=\"mb-1\">Địa chỉ: 27 Lý Thường Kiệt, phường Hội An, thành phố Đà Nẵng</p>"
    "<p class=\"mb-1\">Điện thoại: 0235 3861 247 – Email: c3nguyentrai.hoian@danang.edu.vn</p>"
    "<p class=\"mb-1\">Chịu trách nhiệm nội dung: Thầy Phạm Ngọc Thạch – Hiệu trưởng</p></div>"
    '<div class="col-md-4 text-md-end"><p class="mb-1">© 2026 Trường THPT Nguyễn Trãi. Ghi rõ nguồn khi phát hành '
    "lại thông tin từ website này.</p>"
    '<p class="mb-0">Powered by <a href="https://nodebb.org" target="_blank" rel="noopener">NodeBB</a> | '
    '<a href="https://github.com/NodeBB/NodeBB/graphs/contributors" target="_blank" rel="noopener">Contributors</a></p>'
    "</div></div>\n</div>"
)


def config_script(request: Request) -> str:
    cfg = {
        "relative_path": "", "upload_url": "/assets/uploads", "asset_base_url": "/assets",
        "assetBaseUrl": "/assets", "siteTitle": SITE_TITLE, "browserTitle": SITE_TITLE,
        "titleLayout": "{pageTitle} | {browserTitle}", "showSiteTitle": True, "maintenanceMode": False,
        "topicsPerPage": TOPICS_PER_PAGE, "postsPerPage": 20, "usePagination": False, "disableChat": True,
        "timeagoCutoff": 30, "cache-buster": f"v={CACHE_BUSTER}", "userLang": "vi", "defaultLang": "vi",
        "loggedIn": False, "uid": 0, "theme:id": "nodebb-theme-harmony", "version": "3.12.7",
        "teaserPost": "last-reply", "disableRSSFeeds": True, "url": base_url(request),
    }
    text = json.dumps(cfg, ensure_ascii=False).replace("'", "\\'")
    return f"<script>\nvar config = JSON.parse('{text}');\n</script>"


def page(
    request: Request, *, title: str, content: str, body_class: str, head: str = "", ajax: dict | None = None,
    status: int = 200, sidebar: bool = True,
) -> Response:
    data = json.dumps(ajax or {"template": {"name": body_class}}, ensure_ascii=False).replace("</", "<\\/")
    main = (
        f'<div class="row">\n<div class="{"col-lg-9 col-sm-12" if sidebar else "col-12"}">\n{content}\n</div>\n'
        + (sidebar_html() if sidebar else "")
        + "\n</div>"
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi" data-dir="ltr" style="direction: ltr;">
<head>
<title>{esc(title)} | {esc(SITE_TITLE)}</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0" />
<meta name="content-type" content="text/html; charset=UTF-8" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="mobile-web-app-capable" content="yes" />
<meta property="og:site_name" content="{esc(SITE_TITLE)}" />
<meta name="msapplication-badge" content="frequency=30; polling-uri={base_url(request)}/sitemap.xml" />
<meta name="theme-color" content="#ffffff" />
<meta name="keywords" content="THPT Nguyễn Trãi, Hội An, Đà Nẵng, trường học, thông báo" />
{head}
<link rel="icon" type="image/x-icon" href="/assets/uploads/system/favicon.ico?v={CACHE_BUSTER}" />
<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials" />
<link rel="apple-touch-icon" href="/assets/uploads/system/touchicon-192.png" />
<link rel="stylesheet" type="text/css" href="/assets/client.css?v={CACHE_BUSTER}" />
<link rel="prefetch" href="/assets/src/modules/composer.js?v={CACHE_BUSTER}" />
<link rel="prefetch" href="/assets/language/vi/topic.json?v={CACHE_BUSTER}" />
{config_script(request)}
</head>
<body class="{esc(body_class)} page-status-{status} theme-harmony user-guest skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Nhảy tới nội dung</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
{nav_html()}
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
{brand_html()}
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<noscript>
<div class="alert alert-danger"><p>Trình duyệt của bạn đang tắt JavaScript. Một số chức năng của diễn đàn (trả lời, tải thêm chủ đề) sẽ không hoạt động.</p></div>
</noscript>
{main}
</div>
{FOOTER}
</main>
</div>
<div id="toaster-container" class="position-fixed bottom-0 end-0 p-3" style="z-index: 1055;"></div>
<script defer src="/assets/nodebb.min.js?v={CACHE_BUSTER}"></script>
<script id="ajaxify-data" type="application/json">{data}</script>
</body>
</html>
"""
    return html(doc, status=status)


def breadcrumbs(request: Request, trail: list[tuple[str, str | None]]) -> str:
    """Harmony's visible breadcrumbs plus the JSON-LD list (theme setting enableBreadcrumbs)."""
    items = []
    ld = []
    for n, (label, href) in enumerate(trail, 1):
        if href:
            items.append(
                f'<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" '
                f'class="breadcrumb-item"><meta itemprop="position" content="{n}" />'
                f'<a href="{esc(href)}" itemprop="item"><span class="fw-semibold" itemprop="name">{esc(label)}</span></a></li>'
            )
            ld.append({"@type": "ListItem", "position": n, "name": label, "item": base_url(request) + href})
        else:
            items.append(
                f'<li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" '
                f'itemtype="http://schema.org/ListItem" class="breadcrumb-item active"><meta itemprop="position" '
                f'content="{n}" /><span class="fw-semibold" itemprop="name">{esc(label)}</span></li>'
            )
            ld.append({"@type": "ListItem", "position": n, "name": label})
    json_ld = json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": ld},
                         ensure_ascii=False).replace("</", "<\\/")
    return (
        f'<script type="application/ld+json">{json_ld}</script>\n'
        '<ol class="breadcrumb mb-0 mt-1" itemscope="itemscope" itemprop="breadcrumb" '
        'itemtype="http://schema.org/BreadcrumbList">' + "".join(items) + "</ol>"
    )


def cat_trail(cid: int) -> list[tuple[str, str | None]]:
    chain = []
    c = CATEGORIES[cid]
    while True:
        chain.append((c.name, cat_href(c.cid)))
        if not c.parent:
            break
        c = CATEGORIES[c.parent]
    return [("Trang chủ", "/"), *reversed(chain)]


def avatar(u: User, size: str = "48px") -> str:
    if u.picture:
        return (
            f'<img alt="{esc(u.username)}" title="{esc(u.display)}" data-uid="{u.uid}" loading="lazy" '
            f'component="user/picture" src="{esc(u.picture)}" class="avatar avatar-rounded" '
            f'style="--avatar-size: {size};" onError="this.remove()" itemprop="image" />'
        )
    return (
        f'<span title="{esc(u.display)}" data-uid="{u.uid}" class="avatar avatar-rounded" component="user/picture" '
        f'style="--avatar-size: {size}; background-color: {u.color};">{esc(u.display[0].upper())}</span>'
    )


def timeago(moment: dt.datetime, cls: str = "timeago") -> str:
    return f'<span class="{cls}" title="{iso_z(moment)}"></span>'


def cat_badge(c: Category) -> str:
    return (
        f'<a href="{esc(cat_href(c.cid))}" class="badge px-1 text-truncate text-decoration-none border" '
        f'style="color: #ffffff;background-color: {c.bg};border-color: {c.bg}!important; max-width: 70vw;">'
        f'<i class="fa fa-fw {c.icon}"></i>{esc(c.name)}</a>'
    )


def tag_href(tag: str) -> str:
    return "/tags/" + quote(tag, safe="")


def tag_list(t: Topic) -> str:
    tags = "".join(
        f'<a href="{esc(tag_href(tag))}"><span class="badge border border-gray-300 fw-normal tag tag-class-{esc(tag)}" '
        f'data-tag="{esc(tag)}">{esc(tag)}</span></a>'
        for tag in t.tags
    )
    return (
        f'<div data-tid="{t.tid}" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs '
        f'hidden-empty gap-2">{tags}</div>'
    )

# --- templates ------------------------------------------------------------------------------------


def human(n: int) -> str:
    return f"{n / 1000:.1f}k".replace(".0k", "k") if n >= 1000 else str(n)


def edit_stamp(moment: dt.datetime) -> str:
    """``isoTimeToLocaleString`` as the server (running in UTC) writes it in the edit indicator."""
    return moment.astimezone(dt.UTC).strftime("%H:%M:%S %d/%m/%Y")


def post_item(t: Topic, index: int, user: User, when: dt.datetime, content: str, pid: int,
              edited: dt.datetime | None, show_signature: bool) -> str:
    owner = user.username == t.user
    if index == 0:
        stamp = f'<span class="text-muted">đã đăng</span> {timeago(when, "timeago text-muted")}'
        index_link = '<span class="post-index text-muted d-none d-md-inline">#1</span>'
    else:
        stamp = (f'<span class="text-muted">đã viết <a href="/post/{pid}" class="timeago text-muted" '
                 f'title="{iso_z(when)}"></a></span>')
        index_link = f'<a href="/post/{pid}" class="post-index text-muted d-none d-md-inline">#{index + 1}</a>'
    edit = ""
    if edited:
        edit = (
            f'<i component="post/edit-indicator" class="fa fa-edit text-muted edit-icon" '
            f'title="Đã sửa {edit_stamp(edited)}"></i>'
            f'<span data-editor="{esc(user.slug)}" component="post/editor" class="visually-hidden">Lần sửa cuối bởi '
            f"{esc(user.display)} {timeago(edited)}</span>"
        )
    group = (
        f'<span class="badge rounded-1 text-uppercase text-truncate" style="max-width: 150px;color:#ffffff;'
        f'background-color: #5b6f82;"><i class="fa fa-shield"></i><span class="badge-text align-text-bottom">'
        f"{esc(user.group)}</span></span>"
        if user.group else ""
    )
    signature = (
        f'<div component="post/signature" data-uid="{user.uid}" class="text-xs text-muted mt-2">'
        f'<p dir="auto">{esc(user.signature)}</p></div>'
        if user.signature and show_signature else ""
    )
    share = ""
    if index == 0:
        share = (
            '<div class="d-flex gap-2 align-items-center text-xs text-muted me-auto cong-cu-bv">'
            '<span>Chia sẻ:</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fthptnguyentrai.edu.vn%2Ftopic%2F{t.tid}" '
            'target="_blank" rel="noopener" title="Facebook"><i class="fa fa-facebook-square"></i></a>'
            f'<a href="https://twitter.com/intent/tweet?url=http%3A%2F%2Fthptnguyentrai.edu.vn%2Ftopic%2F{t.tid}" '
            'target="_blank" rel="noopener" title="X"><i class="fa fa-twitter"></i></a>'
            '<a href="#" onclick="window.print();return false;" title="In bài"><i class="fa fa-print"></i> In bài</a>'
            "</div>"
        )
    votes = 3 + (t.tid * 7 + index) % 11
    return f"""<li component="post" class="{"topic-owner-post" if owner else ""}{" bantin-chinh" if index == 0 else ""}" data-index="{index}" data-pid="{pid}" data-uid="{user.uid}" data-timestamp="{ms(when)}" data-username="{esc(user.username)}" data-userslug="{esc(user.slug)}" itemscope itemtype="http://schema.org/Comment">
<a component="post/anchor" data-index="{index}" id="{index + 1}"></a>
<meta itemprop="datePublished" content="{iso_z(when)}">
<meta itemprop="dateModified" content="{iso_z(edited) if edited else ""}">
<div class="d-flex align-items-start gap-3">
<div class="bg-body d-none d-sm-block rounded-circle" style="outline: 2px solid var(--bs-body-bg);">
<a class="d-inline-block position-relative text-decoration-none" href="/user/{esc(user.slug)}" aria-label="Trang cá nhân của {esc(user.display)}">{avatar(user)}<span component="user/status" class="position-absolute top-100 start-100 border border-white border-2 rounded-circle status offline"><span class="visually-hidden">Ngoại tuyến</span></span></a>
</div>
<div class="post-container d-flex flex-grow-1 flex-column w-100" style="min-width:0;">
<div class="d-flex align-items-center gap-1 flex-wrap w-100 post-header mt-1" itemprop="author" itemscope itemtype="https://schema.org/Person">
<meta itemprop="name" content="{esc(user.username)}">
<meta itemprop="url" content="/user/{esc(user.slug)}">
<a class="fw-bold text-nowrap text-truncate" href="/user/{esc(user.slug)}" data-username="{esc(user.username)}" data-uid="{user.uid}">{esc(user.display)}</a>
{group}
<div class="d-flex gap-1 align-items-center">
{stamp}
{edit}
</div>
<div class="d-flex align-items-center gap-1 justify-content-end flex-grow-1">
<span class="bookmarked opacity-0 text-primary"><i class="fa fa-bookmark-o"></i></span>
{index_link}
</div>
</div>
<div class="content text-break" component="post/content" itemprop="text">
{content}
</div>
<div component="post/footer" class="post-footer border-bottom pb-2">
{signature}
<div class="d-flex flex-wrap-reverse gap-2 justify-content-end">
{share}
<div component="post/actions" class="d-flex align-items-center justify-content-end gap-1 post-tools">
<a component="post/reply" href="#" class="btn btn-ghost btn-sm hidden" title="Trả lời"><i class="fa fa-fw fa-reply text-primary"></i></a>
<a component="post/quote" href="#" class="btn btn-ghost btn-sm hidden" title="Trích dẫn"><i class="fa fa-fw fa-quote-right text-primary"></i></a>
<div class="d-flex votes align-items-center">
<a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Ủng hộ"><i class="fa fa-fw fa-chevron-up text-primary"></i></a>
<meta content="{votes}" itemprop="upvoteCount">
<span class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="{votes}" title="Danh sách ủng hộ">{votes}</span>
</div>
<span component="post/tools" class="dropdown bottom-sheet"><a class="btn btn-ghost btn-sm ff-secondary dropdown-toggle" href="#" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false" aria-label="Công cụ bài viết"><i class="fa fa-fw fa-ellipsis-v text-primary"></i></a><ul class="dropdown-menu dropdown-menu-end p-1 text-sm" role="menu"></ul></span>
</div>
</div>
</div>
</div>
</div>
</li>"""


EVENT_TEXT = {
    "move": ("fa-arrow-circle-right", "đã chuyển chủ đề này từ {old}"),
    "pin": ("fa-thumb-tack", "đã ghim chủ đề này"),
    "lock": ("fa-lock", "đã khóa chủ đề này"),
}


def event_item(n: int, e: Event) -> str:
    icon, text = EVENT_TEXT[e.kind]
    u = USERS[e.user]
    old = ""
    if e.old_cid:
        old = f'<a href="{esc(cat_href(e.old_cid))}">{esc(CATEGORIES[e.old_cid].name)}</a>'
    return (
        f'<li component="topic/event" class="timeline-event text-muted d-flex align-items-center gap-2 pt-4" '
        f'data-topic-event-id="{n}" data-topic-event-type="{e.kind}">\n'
        f'<div class="timeline-badge"><i class="fa {icon} fa-fw"></i></div>\n'
        f'<span class="timeline-text small d-flex align-items-center gap-1 flex-wrap">'
        f'<a href="/user/{esc(u.slug)}">{esc(u.display)}</a> {text.format(old=old)} {timeago(at(e.when), "timeago timeline-text")}'
        f"</span>\n</li>"
    )


def topic_page(request: Request, t: Topic) -> Response:
    c = CATEGORIES[t.cid]
    base = base_url(request)
    canonical = base + t.raw_path
    first = first_post_html(t)
    desc = plain(first)[:255]
    edited = at(t.edited) if t.edited else None
    modified = max([t.last_post, *([edited] if edited else [])])
    images = re.findall(r'<img src="(/assets/uploads/files/[^"]+)"', first)
    og_image = base + (images[0] if images else "/assets/uploads/system/og-image.png")
    head = "\n".join([
        f'<meta name="title" content="{esc(t.title)}" />',
        f'<meta property="og:title" content="{esc(t.title)}" />',
        f'<meta name="description" content="{esc(desc)}" />',
        f'<meta property="og:description" content="{esc(desc)}" />',
        '<meta property="og:type" content="article" />',
        f'<meta property="article:published_time" content="{iso_z(t.when)}" />',
        f'<meta property="article:modified_time" content="{iso_z(modified)}" />',
        f'<meta property="article:section" content="{esc(c.name)}" />',
        f'<meta property="og:image" content="{esc(og_image)}" />',
        f'<meta property="og:url" content="{esc(canonical)}" />',
        f'<link rel="canonical" href="{esc(canonical)}" />',
        f'<link rel="up" href="{esc(base + cat_href(c.cid))}" />',
    ])
    # the timeline: posts and events by time
    timeline: list[tuple[dt.datetime, str]] = []
    author = USERS[t.user]
    timeline.append((t.when, post_item(t, 0, author, t.when, first, t.pid, edited, True)))
    seen_sig = {t.user}
    for i, r in enumerate(t.replies, start=1):
        u = USERS[r.user]
        timeline.append((at(r.when), post_item(t, i, u, at(r.when), reply_html(t, r), r.pid, None,
                                               u.username not in seen_sig)))
        seen_sig.add(u.username)
    for n, e in enumerate(t.events, start=1):
        timeline.append((at(e.when), event_item(100 + t.tid * 3 + n, e)))
    items = "\n".join(markup for _, markup in sorted(timeline, key=lambda x: x[0]))
    labels = (
        f'<span component="topic/pinned" class="badge border border-gray-300 text-body{"" if t.pinned else " hidden"}">'
        '<i class="fa fa-thumb-tack"></i> Đã ghim</span>'
        f'<span component="topic/locked" class="badge border border-gray-300 text-body{"" if t.locked else " hidden"}">'
        '<i class="fa fa-lock"></i> Đã khóa</span>'
    )
    related = [o for o in TOPICS if o.tid != t.tid and set(o.tags) & set(t.tags)]
    related_html = ""
    if related:
        lis = "".join(
            f'<li class="d-flex gap-2 py-1"><i class="fa fa-caret-right text-muted"></i>'
            f'<a href="{esc(o.raw_path)}" class="text-reset">{esc(o.title)}</a> '
            f'<span class="text-muted text-xs">{timeago(o.when)}</span></li>'
            for o in sorted(related, key=lambda o: o.when, reverse=True)[:5]
        )
        related_html = (
            '<div class="card mt-4 chu-de-lq" id="cdlq_01"><div class="card-header fw-bold text-sm">Chủ đề liên quan</div>'
            f'<ul class="list-unstyled card-body py-2 mb-0">{lis}</ul></div>'
        )
    reply_box = (
        '<div class="d-flex justify-content-end gap-2 mt-3" component="topic/reply/container">'
        + ('<span class="btn btn-sm btn-light disabled"><i class="fa fa-lock"></i> Chủ đề đã bị khóa</span>'
           if t.locked else
           '<a component="topic/reply/guest" href="/login" class="btn btn-sm btn-primary">Đăng nhập để trả lời</a>')
        + "</div>"
    )
    content = f"""{breadcrumbs(request, [*cat_trail(t.cid), (t.title, None)])}
<div class="flex-fill" itemid="{esc(t.raw_path)}" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="{esc(t.title)}">
<meta itemprop="text" content="{esc(t.title)}">
<meta itemprop="url" content="{esc(t.raw_path)}">
<meta itemprop="datePublished" content="{iso_z(t.when)}">
<meta itemprop="dateModified" content="{iso_z(modified)}">
<div itemprop="author" itemscope itemtype="https://schema.org/Person">
<meta itemprop="name" content="{esc(author.username)}">
<meta itemprop="url" content="/user/{esc(author.slug)}">
</div>
<div class="d-flex flex-column gap-3">
<div class="d-flex gap-2 flex-wrap">
<div class="d-flex flex-column gap-3 flex-1">
<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break">
<span class="topic-title" component="topic/title">{esc(t.title)}</span>
</h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap">
<span component="topic/labels" class="d-flex gap-2">{labels}</span>
{cat_badge(c)}
{tag_list(t)}
<div class="d-flex gap-2"><span class="badge text-body border border-gray-300 stats text-xs"><span component="topic/post-count" title="{t.postcount}" class="fw-bold">{t.postcount}</span> <span class="hidden-xs text-lowercase fw-normal">Bài viết</span></span> <span class="badge text-body border border-gray-300 stats text-xs"><span class="fw-bold" title="{t.views}">{human(t.views)}</span> <span class="hidden-xs text-lowercase fw-normal">Lượt xem</span></span></div>
</div>
</div>
</div>
<div class="row mb-4 mb-lg-0">
<div class="topic col-lg-12">
<div class="sticky-top mb-3 pagination-block" style="top: 0.5rem;"><span class="pagination-text text-xs text-muted">1 / {t.postcount}</span></div>
<ul component="topic" class="posts timeline mt-sm-2 p-0 py-3" data-tid="{t.tid}" data-cid="{t.cid}">
{items}
</ul>
{reply_box}
{related_html}
</div>
</div>
</div>
</div>"""
    ajax = {
        "tid": t.tid, "cid": t.cid, "title": t.title, "titleRaw": t.title, "slug": t.slug, "uid": author.uid,
        "timestamp": ms(t.when), "timestampISO": iso_z(t.when), "postcount": t.postcount, "viewcount": t.views,
        "mainPid": t.pid, "locked": int(t.locked), "pinned": int(t.pinned), "tags": [{"value": x} for x in t.tags],
        "category": {"cid": c.cid, "name": c.name, "slug": c.slug},
        "posts": [
            {"pid": t.pid, "index": 0, "timestamp": ms(t.when), "content": first, "user": {"username": author.username}},
            *({"pid": r.pid, "index": i, "timestamp": ms(at(r.when)), "content": reply_html(t, r),
               "user": {"username": r.user}} for i, r in enumerate(t.replies, 1)),
        ],
        "url": t.raw_path, "template": {"name": "topic", "topic": True},
        "bodyClass": f"page-topic page-topic-{t.tid} template-topic page-topic-category-{c.cid}",
    }
    body_class = (f"page-topic page-topic-{t.tid} page-topic-{slugify(t.title)} template-topic "
                  f"page-topic-category-{c.cid} page-topic-category-{slugify(c.name)}")
    return page(request, title=t.title, content=content, body_class=body_class, head=head, ajax=ajax)


def teaser_target(t: Topic) -> str:
    return f"{t.raw_path}/{t.postcount}" if t.replies else t.raw_path


def topic_row(t: Topic, n: int, *, show_cat: bool) -> str:
    u = USERS[t.user]
    c = CATEGORIES[t.cid]
    labels = ""
    if t.pinned:
        labels += '<span component="topic/pinned" class="badge border border-gray-300 text-body"><i class="fa fa-thumb-tack"></i><span> Đã ghim</span></span>'
    if t.locked:
        labels += '<span component="topic/locked" class="badge border border-gray-300 text-body"><i class="fa fa-lock"></i><span> Đã khóa</span></span>'
    if show_cat:
        labels += cat_badge(c)
    if t.replies:
        last = t.replies[-1]
        lu = USERS[last.user]
        excerpt = esc(plain(reply_html(t, last))[:180])
        teaser = (
            f'<div class="ps-2"><a href="/user/{esc(lu.slug)}" class="text-decoration-none avatar-tooltip" '
            f'title="{esc(lu.display)}">{avatar(lu, "18px")}</a> '
            f'<a class="permalink text-muted timeago text-xs" href="{esc(teaser_target(t))}" title="{iso_z(at(last.when))}" '
            f'aria-label="Bài viết cuối"></a></div>'
            f'<div class="post-content text-xs ps-2 line-clamp-sm-2 lh-sm text-break position-relative flex-fill">'
            f'<a class="stretched-link" tabindex="-1" href="{esc(teaser_target(t))}" aria-label="Bài viết cuối"></a>{excerpt}</div>'
        )
    else:
        teaser = '<div class="ps-2"><span class="text-muted text-xs">Chưa có ai trả lời</span></div>'
    classes = " ".join(x for x in ("pinned" if t.pinned else "", "locked" if t.locked else "") if x)
    return f"""<li component="category/topic" class="category-item hover-parent border-bottom py-3 py-lg-4 d-flex flex-column flex-lg-row align-items-start {classes}" data-tid="{t.tid}" data-index="{n}" data-cid="{t.cid}" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<link itemprop="url" content="{esc(t.raw_path)}" />
<meta itemprop="name" content="{esc(t.title)}" />
<meta itemprop="itemListOrder" content="descending" />
<meta itemprop="position" content="{n + 1}" />
<a id="{n}" data-index="{n}" component="topic/anchor"></a>
<div class="d-flex p-0 col-12 col-lg-7 gap-2 gap-lg-3 pe-1 align-items-start">
<div class="flex-shrink-0 position-relative"><a class="d-inline-block text-decoration-none avatar-tooltip" title="{esc(u.display)}" href="/user/{esc(u.slug)}">{avatar(u, "40px")}</a></div>
<div class="flex-grow-1 d-flex flex-wrap gap-1 position-relative">
<h3 component="topic/header" class="title text-break fs-5 fw-semibold m-0 tracking-tight w-100"><a class="text-reset" href="{esc(t.raw_path)}">{esc(t.title)}</a></h3>
<span component="topic/labels" class="d-flex flex-wrap gap-1 w-100">{labels}
<span data-tid="{t.tid}" component="topic/tags" class="lh-1 tag-list hidden-xs d-flex flex-wrap gap-1">{"".join(f'<a href="{esc(tag_href(x))}"><span class="badge border border-gray-300 fw-normal tag" data-tag="{esc(x)}">{esc(x)}</span></a>' for x in t.tags)}</span>
<span class="hidden-xs badge text-body border border-gray-300 text-xs"><i class="fa fa-clock-o"></i> {timeago(t.when)}</span>
</span>
</div>
</div>
<div class="d-flex p-0 col-lg-5 col-12 align-content-stretch">
<div class="meta stats d-none d-lg-grid col-6 gap-1 pe-2 text-muted" style="grid-template-columns: 1fr 1fr;">
<div class="stats-postcount card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center"><span class="fs-5 ff-secondary lh-1" title="{t.postcount}">{t.postcount}</span><span class="d-none d-xl-flex text-lowercase text-xs">bài viết</span></div>
<div class="stats-viewcount card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center"><span class="fs-5 ff-secondary lh-1" title="{t.views}">{human(t.views)}</span><span class="d-none d-xl-flex text-lowercase text-xs">lượt xem</span></div>
</div>
<div component="topic/teaser" class="meta teaser col-lg-6 col-12">
<div class="lastpost border-start border-4 lh-sm h-100 d-flex flex-column gap-1" style="border-color: {c.bg}!important;">
{teaser}
</div>
</div>
</div>
</li>"""


def sort_topics(topics: list[Topic]) -> list[Topic]:
    return sorted(topics, key=lambda t: (not t.pinned, -t.last_post.timestamp()))


def category_topics(cid: int) -> list[Topic]:
    return sort_topics([t for t in TOPICS if t.cid == cid])


def page_count(cid: int) -> int:
    return max(1, -(-len(category_topics(cid)) // TOPICS_PER_PAGE))


def paginator(cid: int, current: int) -> str:
    pages = page_count(cid)
    if pages < 2:
        return ""
    prev_ = max(1, current - 1)
    nxt = min(pages, current + 1)
    items = [
        f'<li class="page-item previous float-start{" disabled" if current == 1 else ""}"><a class="page-link rounded fw-secondary px-3" '
        f'href="?page={prev_}" data-page="{prev_}" aria-label="Trang trước"><i class="fa fa-chevron-left"></i></a></li>'
    ]
    for n in range(1, pages + 1):
        items.append(
            f'<li class="page-item{" active" if n == current else ""}"><a class="page-link rounded fw-secondary px-3" '
            f'href="?page={n}" data-page="{n}">{n}</a></li>'
        )
    items.append(
        f'<li class="page-item next float-end{" disabled" if current == pages else ""}"><a class="page-link rounded fw-secondary px-3" '
        f'href="?page={nxt}" data-page="{nxt}" aria-label="Trang sau"><i class="fa fa-chevron-right"></i></a></li>'
    )
    # infinite scroll is on: the paginator is printed, and kept hidden until the client decides
    return (
        '<nav component="pagination" class="pagination-container mt-3 hidden" aria-label="Phân trang">'
        '<ul class="pagination pagination-sm gap-1 hidden-xs hidden-sm justify-content-center">'
        + "".join(items)
        + f'</ul><div class="text-center text-xs text-muted">Trang {current} / {pages}</div></nav>'
    )


def subcategory_html(cid: int) -> str:
    children = [c for c in CATEGORIES.values() if c.parent == cid]
    if not children:
        return ""
    lis = "".join(
        f'<li component="categories/category" data-cid="{c.cid}" class="w-100 border-bottom py-3 d-flex gap-3">'
        f'<span class="icon rounded-1" style="color:#fff;background-color:{c.bg};width:32px;height:32px;">'
        f'<i class="fa fa-fw {c.icon}"></i></span><div class="d-flex flex-column">'
        f'<h2 class="title text-break fs-5 fw-semibold m-0"><a class="text-reset" href="{esc(cat_href(c.cid))}">'
        f'{esc(c.name)}</a></h2><div class="description text-muted text-sm">{esc(c.description)}</div></div></li>'
        for c in children
    )
    return (
        '<div class="subcategories mb-3"><p class="text-secondary text-uppercase text-xs fw-semibold">Danh mục con</p>'
        f'<ul class="categories-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList">{lis}</ul></div>'
    )


def category_page(request: Request, cid: int, current: int) -> Response:
    c = CATEGORIES[cid]
    topics = category_topics(cid)
    pages = page_count(cid)
    chunk = topics[(current - 1) * TOPICS_PER_PAGE: current * TOPICS_PER_PAGE]
    base = base_url(request)
    head = [
        f'<meta name="title" content="{esc(c.name)}" />',
        f'<meta property="og:title" content="{esc(c.name)}" />',
        f'<meta name="description" content="{esc(c.description)}" />',
        '<meta property="og:type" content="website" />',
        f'<link rel="canonical" href="{esc(base + cat_href(cid))}" />',
    ]
    if c.parent:
        head.append(f'<link rel="up" href="{esc(base + cat_href(c.parent))}" />')
    if current > 1:
        head.append(f'<link rel="prev" href="{esc(base + cat_href(cid, current - 1))}" />')
    if current < pages:
        head.append(f'<link rel="next" href="{esc(base + cat_href(cid, current + 1))}" />')
    rows = "\n".join(topic_row(t, (current - 1) * TOPICS_PER_PAGE + n, show_cat=False) for n, t in enumerate(chunk))
    posts = sum(t.postcount for t in topics)
    content = f"""{breadcrumbs(request, [*cat_trail(cid)[:-1], (c.name, None)])}
<div component="category/header" class="category-header d-flex flex-column gap-2">
<div class="d-flex gap-3 align-items-center">
<span class="icon d-inline-flex justify-content-center align-items-center align-middle rounded-1 flex-shrink-0" style="color: #ffffff; background-color: {c.bg}; width:40px; height: 40px; font-size: 20px;"><i class="fa fa-fw {c.icon}"></i></span>
<div class="d-flex flex-column gap-1">
<h1 class="tracking-tight fs-2 fw-semibold mb-0">{esc(c.name)}</h1>
<div class="d-flex flex-wrap gap-2"><span class="badge text-body border border-gray-300 stats text-xs"><span title="{len(topics)}" class="fw-bold">{len(topics)}</span> <span class="text-lowercase fw-normal">Chủ đề</span></span><span class="badge text-body border border-gray-300 stats text-xs"><span title="{posts}" class="fw-bold">{posts}</span> <span class="text-lowercase fw-normal">Bài viết</span></span></div>
</div>
</div>
<div class="description text-secondary text-sm w-100"><p dir="auto">{esc(c.description)}</p></div>
</div>
{subcategory_html(cid)}
<div class="category d-flex flex-column">
<div class="topic-list-header sticky-top btn-toolbar justify-content-between py-2 mb-2 flex-nowrap">
<div class="d-flex gap-1 align-items-stretch">
<a component="category/post/guest" href="/login" class="btn btn-sm btn-primary">Đăng nhập để đăng bài</a>
<div class="btn-group bottom-sheet" component="thread/sort"><button class="btn btn-ghost btn-sm ff-secondary dropdown-toggle" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><i class="fa fa-fw fa-arrow-down-wide-short text-primary"></i><span class="d-none d-md-inline fw-semibold">Sắp xếp</span></button>
<ul class="dropdown-menu p-1 text-sm" role="menu">
<li><a class="dropdown-item rounded-1" href="#" data-sort="recently_replied" role="menuitem">Trả lời gần đây</a></li>
<li><a class="dropdown-item rounded-1" href="#" data-sort="recently_created" role="menuitem">Mới tạo</a></li>
<li><a class="dropdown-item rounded-1" href="#" data-sort="most_views" role="menuitem">Xem nhiều</a></li>
</ul></div>
</div>
</div>
{"" if topics else '<div class="alert alert-info">Chưa có chủ đề nào trong danh mục này.</div>'}
<ul component="category" class="topics-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList" data-nextstart="{current * TOPICS_PER_PAGE}" data-set="cid:{cid}:tids">
{rows}
</ul>
{paginator(cid, current)}
</div>"""
    ajax = {"cid": cid, "name": c.name, "slug": c.slug, "topic_count": len(topics), "nextStart": current * TOPICS_PER_PAGE,
            "pagination": {"currentPage": current, "pageCount": pages}, "template": {"name": "category", "category": True},
            "url": cat_href(cid, current)}
    body = f"page-category page-category-{cid} page-category-{slugify(c.name)} template-category"
    title = c.name + (f" | Trang {current}" if current > 1 else "")
    return page(request, title=title, content=content, body_class=body, head="\n".join(head), ajax=ajax)


def category_teaser(cid: int) -> str:
    ids = {cid, *(c.cid for c in CATEGORIES.values() if c.parent == cid)}
    posts: list[tuple[dt.datetime, Topic, int, str]] = []
    for t in TOPICS:
        if t.cid in ids:
            posts.append((t.when, t, 0, t.user))
            posts.extend((at(r.when), t, i, r.user) for i, r in enumerate(t.replies, 1))
    if not posts:
        return ""
    when, t, index, user = max(posts, key=lambda p: p[0])
    u = USERS[user]
    href = f"{t.raw_path}/{index + 1}" if index else t.raw_path
    text = plain(reply_html(t, t.replies[index - 1]) if index else first_post_html(t))[:140]
    return (
        '<div component="category/posts" class="ps-2 text-xs d-flex flex-column h-100 gap-1">'
        f'<div class="text-nowrap text-truncate"><a class="text-decoration-none avatar-tooltip" title="{esc(u.display)}" '
        f'href="/user/{esc(u.slug)}">{avatar(u, "18px")}</a> <a class="permalink text-muted timeago text-xs" '
        f'href="{esc(href)}" title="{iso_z(when)}" aria-label="Bài viết cuối"></a></div>'
        f'<div class="post-content text-xs line-clamp-sm-2 lh-sm text-break position-relative flex-fill">'
        f'<a class="stretched-link" tabindex="-1" href="{esc(href)}" aria-label="Bài viết cuối"></a>{esc(text)}</div></div>'
    )


def home_page(request: Request) -> Response:
    lis = []
    for cid in HOME_ORDER:
        c = CATEGORIES[cid]
        children = [x for x in CATEGORIES.values() if x.parent == cid]
        own = [t for t in TOPICS if t.cid == cid or CATEGORIES[t.cid].parent == cid]
        kids = ""
        if children:
            kids = '<ul class="list-unstyled category-children row row-cols-2 g-2 my-1 w-100">' + "".join(
                f'<li data-cid="{k.cid}" class="category-children-item small"><div class="d-flex gap-1">'
                f'<i class="fa fa-fw fa-caret-right text-primary mt-1"></i><a href="{esc(cat_href(k.cid))}" '
                f'class="text-reset fw-semibold">{esc(k.name)}</a></div></li>'
                for k in children
            ) + "</ul>"
        lis.append(
            f'<li component="categories/category" data-cid="{cid}" class="w-100 border-bottom py-3 py-lg-4 gap-lg-0 gap-2 '
            f'd-flex flex-column flex-md-row align-items-start category-{cid}">\n'
            '<meta itemprop="name" content="' + esc(c.name) + '">\n'
            '<div class="d-flex col-md-7 gap-2 gap-lg-3">'
            f'<div class="flex-shrink-0"><span class="icon d-inline-flex justify-content-center align-items-center '
            f'align-middle rounded-1" style="color:#ffffff;background-color:{c.bg};width:48px;height:48px;font-size:24px;">'
            f'<i class="fa fa-fw {c.icon}"></i></span></div>'
            '<div class="flex-grow-1 d-flex flex-wrap gap-1">'
            f'<h2 class="title text-break fs-4 fw-semibold m-0 tracking-tight w-100"><a class="text-reset" '
            f'href="{esc(cat_href(cid))}" itemprop="url">{esc(c.name)}</a></h2>'
            f'<div class="description text-muted text-sm w-100 line-clamp-sm-5"><p dir="auto">{esc(c.description)}</p></div>'
            f"{kids}</div></div>\n"
            '<div class="d-flex col-md-5 gap-1 align-content-stretch">'
            '<div class="meta stats d-none d-lg-grid col-6 gap-1 pe-2 text-muted" style="grid-template-columns: 1fr 1fr;">'
            f'<div class="card card-header border-0 p-2 d-flex flex-column align-items-center"><span class="fs-5 ff-secondary lh-1">{len(own)}</span>'
            '<span class="d-none d-xl-flex text-lowercase text-xs">chủ đề</span></div>'
            f'<div class="card card-header border-0 p-2 d-flex flex-column align-items-center"><span class="fs-5 ff-secondary lh-1">{sum(t.postcount for t in own)}</span>'
            '<span class="d-none d-xl-flex text-lowercase text-xs">bài viết</span></div></div>'
            f'<div component="topic/teaser" class="teaser col-lg-6 col-12 d-none d-md-block"><div class="lastpost border-start '
            f'border-4 lh-sm h-100" style="border-color: {c.bg}!important;">{category_teaser(cid)}</div></div>'
            "</div>\n</li>"
        )
    content = (
        '<div data-widget-area="brand-header" class="mb-2"><div class="alert alert-warning small mb-0 py-2" id="tb_noibat">'
        '<i class="fa fa-bell"></i> <strong>Lưu ý:</strong> Học sinh theo dõi lịch kiểm tra cuối học kỳ I tại mục '
        f'<a href="{esc(cat_href(2))}">Thông báo</a>. Cha mẹ học sinh cần hỗ trợ tài khoản eNetViet vui lòng liên hệ '
        "Văn phòng.</div></div>\n"
        '<h2 class="tracking-tight fs-3 fw-semibold mb-0">Danh mục</h2>\n'
        '<ul class="categories-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList">\n'
        + "\n".join(lis)
        + "\n</ul>"
    )
    head = (
        f'<meta name="title" content="{esc(SITE_TITLE)}" />\n'
        '<meta name="description" content="Cổng thông tin – Diễn đàn Trường THPT Nguyễn Trãi, phường Hội An, thành phố Đà Nẵng" />\n'
        f'<meta property="og:title" content="{esc(SITE_TITLE)}" />\n<meta property="og:type" content="website" />\n'
        f'<link rel="canonical" href="{esc(base_url(request))}/" />'
    )
    ajax = {"title": "Trang chủ", "template": {"name": "categories", "categories": True}, "url": "/"}
    return page(request, title="Trang chủ", content=content, body_class="page-categories template-categories", head=head,
                ajax=ajax)


def tag_page(request: Request, tag: str) -> Response | None:
    topics = sort_topics([t for t in TOPICS if tag in t.tags])
    if not topics:
        return None
    rows = "\n".join(topic_row(t, n, show_cat=True) for n, t in enumerate(topics))
    content = (
        breadcrumbs(request, [("Trang chủ", "/"), ("Thẻ", None), (tag, None)])
        + f'\n<h1 class="tracking-tight fs-2 fw-semibold mb-0">Các chủ đề được gắn thẻ "{esc(tag)}"</h1>\n'
        '<ul component="category" class="topics-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList">\n'
        + rows
        + "\n</ul>"
    )
    ajax = {"tag": tag, "template": {"name": "tag", "tag": True}, "url": tag_href(tag)}
    head = f'<meta name="title" content="{esc(tag)}" />\n<meta name="robots" content="noindex" />'
    return page(request, title=f"Các chủ đề được gắn thẻ {tag}", content=content, body_class="page-tags template-tag",
                head=head, ajax=ajax)


GIOI_THIEU = """<h1 class="tracking-tight fs-2 fw-semibold">Giới thiệu Trường THPT Nguyễn Trãi</h1>
<div class="trang-gt" id="gt_noidung">
<p>Trường THPT Nguyễn Trãi được thành lập năm 1976 trên cơ sở Trường Trung học cấp III Hội An. Trải qua gần
50 năm xây dựng và phát triển, nhà trường đã đào tạo hơn 30.000 học sinh, nhiều thế hệ học trò đã trưởng thành,
giữ những cương vị quan trọng trong các cơ quan, đơn vị trong và ngoài nước.</p>
<p><img src="/assets/uploads/system/toan-canh-truong.jpg" alt="Toàn cảnh Trường THPT Nguyễn Trãi" class="img-fluid"></p>
<h3>Quy mô năm học 2026 – 2027</h3>
<table class="table table-sm table-bordered w-auto">
<tr><td>Số lớp</td><td>33 lớp (khối 10: 11, khối 11: 11, khối 12: 11)</td></tr>
<tr><td>Số học sinh</td><td>1.362 học sinh</td></tr>
<tr><td>Cán bộ, giáo viên, nhân viên</td><td>86 người (trong đó 31 thạc sĩ)</td></tr>
</table>
<h3>Thành tích nổi bật</h3>
<ul>
<li>Huân chương Lao động hạng Nhì (2016);</li>
<li>Trường đạt chuẩn quốc gia mức độ 2 (2021);</li>
<li>Nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</li>
</ul>
<h3>Ban Giám hiệu</h3>
<ul>
<li>Hiệu trưởng: ThS. Phạm Ngọc Thạch</li>
<li>Phó Hiệu trưởng: ThS. Trần Quốc Bảo</li>
<li>Phó Hiệu trưởng: ThS. Lê Văn Hiếu</li>
</ul>
</div>"""

LIEN_HE = """<h1 class="tracking-tight fs-2 fw-semibold">Liên hệ</h1>
<div class="row" id="lh_7">
<div class="col-md-6">
<p><strong>TRƯỜNG THPT NGUYỄN TRÃI – HỘI AN</strong></p>
<p><i class="fa fa-map-marker"></i> Địa chỉ: 27 Lý Thường Kiệt, phường Hội An, thành phố Đà Nẵng</p>
<p><i class="fa fa-phone"></i> Văn phòng: 0235 3861 247 – Fax: 0235 3861 248</p>
<p><i class="fa fa-envelope"></i> Email: c3nguyentrai.hoian@danang.edu.vn</p>
<p><i class="fa fa-clock-o"></i> Giờ làm việc: Sáng 7h00 – 11h00, chiều 13h30 – 17h00 (thứ Hai – thứ Bảy)</p>
<p>Tin bài gửi Ban Biên tập website: bbt@thptnguyentrai.edu.vn</p>
</div>
<div class="col-md-6">
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3836.0!2d108.3278!3d15.8794" width="100%" height="300" style="border:0;" loading="lazy" title="Bản đồ"></iframe>
</div>
</div>"""


def custom_page(request: Request, title: str, markup: str, route: str) -> Response:
    content = breadcrumbs(request, [("Trang chủ", "/"), (title, None)]) + f'\n<div data-widget-area="content">{markup}</div>'
    head = f'<meta name="title" content="{esc(title)}" />\n<link rel="canonical" href="{esc(base_url(request) + route)}" />'
    return page(request, title=title, content=content, body_class=f"page-{route.strip('/')} template-{route.strip('/')}",
                head=head, ajax={"title": title, "template": {"name": route.strip("/")}, "url": route})


def search_page(request: Request) -> Response:
    term = request.params.get("term", "").strip()
    results = ""
    if term:
        found = [t for t in TOPICS if term.lower() in t.title.lower()]
        if found:
            results = "<ul class=\"list-unstyled search-results\">" + "".join(
                f'<li class="py-2 border-bottom"><a href="{esc(t.raw_path)}">{esc(t.title)}</a> {timeago(t.when)}</li>'
                for t in found[:10]) + "</ul>"
        else:
            results = '<div class="alert alert-info">Không tìm thấy kết quả phù hợp.</div>'
    content = (
        '<h1 class="tracking-tight fs-2 fw-semibold">Tìm kiếm</h1>\n'
        '<form action="/search" method="get" class="d-flex gap-2 mb-3" component="search/form">'
        f'<input type="text" class="form-control" name="term" value="{esc(term)}" placeholder="Nhập từ khóa">'
        '<select class="form-select w-auto" name="in"><option value="titlesposts">Tiêu đề và bài viết</option>'
        '<option value="titles">Tiêu đề</option></select>'
        '<button type="submit" class="btn btn-primary">Tìm</button></form>\n' + results
    )
    return page(request, title="Tìm kiếm", content=content, body_class="page-search template-search",
                head='<meta name="robots" content="noindex" />', ajax={"template": {"name": "search"}}, sidebar=False)


def login_page(request: Request) -> Response:
    content = (
        '<h1 class="tracking-tight fs-2 fw-semibold">Đăng nhập</h1>\n'
        '<form component="login" role="form" method="post" action="/login" class="col-md-5">'
        '<input class="form-control mb-2" type="text" placeholder="Tên đăng nhập / Email" name="username" autocomplete="username">'
        '<input class="form-control mb-2" type="password" placeholder="Mật khẩu" name="password" autocomplete="current-password">'
        '<input type="hidden" name="_csrf" value="6d2a1f0c-0b4e-4a37-9e52-5c1b2f7e9a10">'
        '<button class="btn btn-primary" id="login" type="submit">Đăng nhập</button>'
        '<p class="small text-muted mt-2">Tài khoản do Nhà trường cấp cho cán bộ, giáo viên. Đăng ký mới đã tắt.</p></form>'
    )
    return page(request, title="Đăng nhập", content=content, body_class="page-login template-login",
                head='<meta name="robots" content="noindex" />', ajax={"template": {"name": "login"}}, sidebar=False)


def forbidden_page(request: Request) -> Response:
    content = (
        '<div class="alert alert-danger"><strong>Truy cập bị từ chối</strong><p>Bạn không có quyền xem trang này. '
        'Vui lòng <a href="/login">đăng nhập</a>.</p></div>'
    )
    return page(request, title="Truy cập bị từ chối", content=content, body_class="page-403 template-403",
                ajax={"template": {"name": "403"}}, status=403, sidebar=False)


def robots(request: Request) -> Response:
    body = f"User-agent: *\nDisallow: /admin/\nDisallow: /reset/\nDisallow: /compose\nSitemap: {base_url(request)}/sitemap.xml\n"
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def xml(body: str) -> Response:
    return Response(200, '<?xml version="1.0" encoding="UTF-8"?>\n' + body, {"Content-Type": "application/xml"})


def sitemap(request: Request, name: str) -> Response | None:
    base = base_url(request)
    if name == "index":
        parts = "".join(f"<sitemap><loc>{base}/sitemap/{p}.xml</loc></sitemap>" for p in ("pages", "categories", "topics.1"))
        return xml(f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{parts}</sitemapindex>')
    if name == "pages":
        urls = ["/", "/gioi-thieu", "/lien-he"]
    elif name == "categories":
        urls = [quote(cat_href(c)) for c in CATEGORIES]
    elif name == "topics.1":
        urls = [t.path for t in sorted(TOPICS, key=lambda t: t.last_post, reverse=True)]
    else:
        return None
    locs = "".join(f"<url><loc>{esc(base + u)}</loc><changefreq>weekly</changefreq><priority>0.6</priority></url>" for u in urls)
    return xml(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>')


# --- the site -------------------------------------------------------------------------------------

_UPLOAD_TYPES = {
    ".pdf": ("application/pdf", PDF),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04docx"),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04xlsx"),
}


def _decoded_path(raw: str) -> str:
    path = unquote(raw, errors="strict")
    # a client that sent raw UTF-8 bytes: http.server read them as latin-1
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        path = path.encode("latin-1").decode("utf-8")
    return unicodedata.normalize("NFC", path)


class NodeBBSite:
    def respond(self, request: Request) -> Response | None:
        raw = request.path
        if raw.startswith("/assets/"):
            for ext, (ctype, data) in _UPLOAD_TYPES.items():
                if raw.lower().endswith(ext):
                    return Response(200, data, {"Content-Type": ctype})
            return static_file(raw.split("?")[0])
        if raw == "/favicon.ico":
            return static_file(raw)
        if raw == "/manifest.webmanifest":
            return Response(200, json.dumps({"name": SITE_TITLE, "start_url": "/"}, ensure_ascii=False),
                            {"Content-Type": "application/manifest+json"})
        if raw == "/robots.txt":
            return robots(request)
        if raw == "/sitemap.xml":
            return sitemap(request, "index")
        if m := re.fullmatch(r"/sitemap/([a-z0-9.]+)\.xml", raw):
            return sitemap(request, m.group(1))
        if request.method == "POST":
            if raw == "/login":
                return html('{"error":"[[error:invalid-login-credentials]]"}', status=403)
            return None
        path = _decoded_path(raw)
        if path in ("/", "/categories"):
            return home_page(request)
        if path == "/gioi-thieu":
            return custom_page(request, "Giới thiệu", GIOI_THIEU, "/gioi-thieu")
        if path == "/lien-he":
            return custom_page(request, "Liên hệ", LIEN_HE, "/lien-he")
        if path == "/search":
            return search_page(request)
        if path == "/login":
            return login_page(request)
        if m := re.fullmatch(r"/category/(\d+)(?:/([^/]*))?/?", path):
            return self._category(request, int(m.group(1)), m.group(2))
        if m := re.fullmatch(r"/topic/(\d+)(?:/([^/]*)(?:/(\d+))?)?/?", path):
            return self._topic(request, int(m.group(1)), m.group(2), m.group(3))
        if m := re.fullmatch(r"/post/(\d+)", path):
            hit = PIDS.get(int(m.group(1)))
            if not hit:
                return None
            t, index = hit
            return redirect(quote(f"{t.raw_path}/{index + 1}"), 302)
        if m := re.fullmatch(r"/uid/(\d+)", path):
            u = next((u for u in USERS.values() if u.uid == int(m.group(1))), None)
            return redirect(f"/user/{quote(u.slug)}", 302) if u else None
        if m := re.fullmatch(r"/user/([^/]+)(?:/.*)?", path):
            return forbidden_page(request) if m.group(1) in {u.slug for u in USERS.values()} else None
        if m := re.fullmatch(r"/tags/([^/]+)", path):
            return tag_page(request, m.group(1))
        return None

    def _category(self, request: Request, cid: int, slug: str | None) -> Response | None:
        c = CATEGORIES.get(cid)
        if c is None:
            return None
        if slug != slugify(c.name):
            return redirect(quote(cat_href(cid)) + (f"?{request.query}" if request.query else ""), 301)
        page_param = request.params.get("page", "1")
        if not page_param.isdigit() or not 1 <= int(page_param) <= page_count(cid):
            return None
        return category_page(request, cid, int(page_param))

    def _topic(self, request: Request, tid: int, slug: str | None, index: str | None) -> Response | None:
        t = BY_TID.get(tid)
        if t is None:
            return None
        if slug != slugify(t.title):
            return redirect(quote(t.raw_path + (f"/{index}" if index else "")), 301)
        if index is not None and not 1 <= int(index) <= t.postcount:
            return None
        if request.params.get("page", "1") != "1":
            return None
        return topic_page(request, t)


def build_site() -> NodeBBSite:
    return NodeBBSite()


# --- gold ----------------------------------------------------------------------------------------


def _alt_paths(t: Topic) -> list[str]:
    alts = [t.raw_path, f"/topic/{t.tid}"]
    for n in range(1, t.postcount + 1):
        alts += [f"{t.path}/{n}", f"{t.raw_path}/{n}"]
    alts += [f"/post/{pid}" for pid, (topic, _) in sorted(PIDS.items()) if topic is t]
    return alts


ARTICLE_TOPICS = [t for t in TOPICS if t.story is not None]

GOLD = [
    gold_record(t.story, t.path, t.story.cat, canonical_path=t.path, alt_paths=_alt_paths(t))
    for t in sorted(ARTICLE_TOPICS, key=lambda t: t.tid)
]

NON_ARTICLES = ["/gioi-thieu", "/lien-he", *(t.path for t in TOPICS if t.story is None)]
